/** What the colours and marks of the year calendar mean. */
export function Legend() {
  return (
    <div className="cal-legend" aria-label="图例">
      <span className="cal-legend-item">
        <span className="cal-swatch cal-holiday">休</span>放假
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch cal-makeup_workday">班</span>调休上班
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch cal-weekend">六</span>周末
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch cal-workday">一</span>工作日
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch cal-holiday cal-estimated">休</span>预估（未公布）
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch-bar cal-bar-important" />重要时段
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch-bar cal-bar-flood_season" />汛期
      </span>
      <span className="cal-legend-item">
        <span className="cal-swatch cal-workday cal-today">今</span>今天
      </span>
    </div>
  );
}
