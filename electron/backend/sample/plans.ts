import type { Db } from '../../../db/open';
import { getVersion, insertPlan, insertVersion, listPlans, type PlanData } from '../../../db/repos/plans';
import { insertDrill, insertEvaluation } from '../../../db/repos/plans-records';
import { addDays, civilDateOf, type CivilDate } from '../../../shared/time/civil';
import type { DrillKind, EvaluationConclusion, Stage } from '../../../shared/plans/types';
import { recordExisting, recordStage, startRevision, versionsWithStages } from '../services/plans-lifecycle';

/**
 * A fictional county's plans (names and 文号 invented): the county flood plan in force, township
 * plans in various stages (one revising, one drafting, one issued but not filed in time), a village
 * plan and unit plans. Recent dates are relative to today so the picture stays the same whenever loaded.
 */
interface SamplePlan {
  plan: PlanData;
  label: string;
  existing?: { issued: CivilDate; docNo: string; filed: CivilDate | null };
  /** Stages recorded in order, days before today; a reason means skipped. */
  stages?: { stage: Stage; ago: number; who: string; notes?: string; skip?: string; docNo?: string }[];
  revision?: { label: string; reason: string; stages: { stage: Stage; ago: number; who: string; notes?: string }[] };
  drills?: { ago: number; kind: DrillKind; participants: string; findings: string }[];
  evaluation?: { ago: number; who: string; conclusion: EvaluationConclusion; notes: string };
}

const P = (name: string, category: PlanData['category'], level: PlanData['level'], unit: string, approver: string, note = ''): PlanData => ({
  name,
  category,
  level,
  unit,
  approver,
  note,
});

export const SAMPLE_PLANS: SamplePlan[] = [
  {
    plan: P('青山县防汛应急预案（2023年）', 'special', 'city', '青山县防汛抗旱指挥部', '青山县人民政府'),
    label: '2023年修订版',
    existing: { issued: '2023-04-20', docNo: '青政办〔2023〕12号', filed: '2023-05-12' },
    evaluation: { ago: 120, who: '县应急管理局、县水利局', conclusion: 'keep', notes: '组织体系和响应程序总体适用，建议结合机构改革适时修订。' },
    drills: [{ ago: 150, kind: 'field', participants: '县防指成员单位、城关镇、河口镇，约200人', findings: '个别村预警信息传递不畅，转移路线标识不清。' }],
  },
  {
    plan: P('青山县突发事件总体应急预案', 'overall', 'city', '青山县人民政府', '青山县人民政府'),
    label: '2024年版',
    existing: { issued: '2024-06-18', docNo: '青政〔2024〕35号', filed: '2024-07-10' },
    drills: [{ ago: 300, kind: 'tabletop', participants: '县政府办、应急管理局等18个部门', findings: '信息报送时限把握不一。' }],
  },
  {
    plan: P('青山县水利局防汛抗旱应急预案', 'department', 'city', '青山县水利局', '青山县人民政府办公室'),
    label: '2024年版',
    existing: { issued: '2024-04-01', docNo: '青水〔2024〕21号', filed: '2024-04-25' },
    drills: [{ ago: 400, kind: 'tabletop', participants: '局机关各股室、水管站', findings: '无' }],
  },
  {
    plan: P('城关镇防汛应急预案', 'grassroots', 'township', '青山县城关镇人民政府', '城关镇人民政府'),
    label: '2025年版',
    existing: { issued: '2025-03-20', docNo: '城政〔2025〕9号', filed: '2025-04-10' },
    drills: [{ ago: 340, kind: 'field', participants: '镇村干部、应急分队，约80人', findings: '抢险物资仓库钥匙管理需明确到人。' }],
  },
  {
    plan: P('河口镇防汛应急预案', 'grassroots', 'township', '青山县河口镇人民政府', '河口镇人民政府'),
    label: '2021年版',
    existing: { issued: '2021-05-10', docNo: '河政〔2021〕15号', filed: '2021-06-01' },
    evaluation: { ago: 60, who: '县应急管理局', conclusion: 'revise', notes: '镇机构调整，新增两处山洪风险点，需修订。' },
    revision: {
      label: '2026年修订版',
      reason: '机构调整，新增山洪灾害风险点',
      stages: [
        { stage: 'draft', ago: 45, who: '河口镇应急办' },
        { stage: 'consult', ago: 30, who: '河口镇应急办', notes: '征求12个村和镇直单位意见，收到意见9条。' },
      ],
    },
    drills: [{ ago: 100, kind: 'tabletop', participants: '镇村干部', findings: '新增风险点未纳入转移方案。' }],
  },
  {
    plan: P('石门镇防汛应急预案', 'grassroots', 'township', '青山县石门镇人民政府', '石门镇人民政府'),
    label: '2026年版',
    stages: [
      { stage: 'draft', ago: 120, who: '石门镇应急办' },
      { stage: 'consult', ago: 100, who: '石门镇应急办' },
      { stage: 'review', ago: 90, who: '县应急管理局组织专家组', notes: '专家意见7条，已逐条修改。' },
      { stage: 'evaluate', ago: 90, who: '', skip: '新编预案，尚无实施情况可评估' },
      { stage: 'approve', ago: 50, who: '镇党委会' },
      { stage: 'issue', ago: 45, who: '石门镇人民政府', docNo: '石政〔2026〕18号' },
    ],
  },
  {
    plan: P('桃源乡防汛应急预案', 'grassroots', 'township', '青山县桃源乡人民政府', '桃源乡人民政府', '首次编制'),
    label: '2026年版',
    stages: [{ stage: 'draft', ago: 20, who: '桃源乡应急办' }],
  },
  {
    plan: P('河口镇柳湾村防汛应急预案', 'grassroots', 'village', '河口镇柳湾村村民委员会', '河口镇人民政府'),
    label: '2025年版',
    existing: { issued: '2025-04-15', docNo: '', filed: '2025-04-28' },
    drills: [{ ago: 90, kind: 'field', participants: '村两委、网格员、群众约120人', findings: '夜间转移照明不足。' }],
  },
  {
    plan: P('青山县自来水有限公司防汛应急预案', 'grassroots', 'enterprise', '青山县自来水有限公司', '青山县自来水有限公司'),
    label: '2025年版',
    existing: { issued: '2025-05-08', docNo: '青水司〔2025〕6号', filed: '2025-05-20' },
    drills: [{ ago: 40, kind: 'field', participants: '公司抢修队', findings: '无' }],
  },
];

/** Load the sample plans (skipping any already there by name); returns how many were added. */
export function loadSamplePlans(db: Db, now: number): number {
  const today = civilDateOf(now);
  const ago = (n: number) => addDays(today, -n);
  const have = new Set(listPlans(db).map((p) => p.name));
  let added = 0;
  for (const s of SAMPLE_PLANS) {
    if (have.has(s.plan.name)) continue;
    const plan = insertPlan(db, s.plan, now);
    const v1 = insertVersion(db, plan.id, { label: s.label, reason: '' }, now);
    if (s.existing) recordExisting(db, v1, s.existing, today, now);
    for (const st of s.stages ?? []) {
      const v = getVersion(db, v1.id)!;
      const outcome = st.skip ? 'skipped' : 'done';
      recordStage(db, v, { stage: st.stage, outcome, date: ago(st.ago), who: st.who, notes: st.notes ?? '', skipReason: st.skip ?? '', docNo: st.docNo ?? '' }, today, now);
    }
    if (s.evaluation) {
      const current = versionsWithStages(db, plan.id)[0]!;
      insertEvaluation(db, plan.id, { versionId: current.id, date: ago(s.evaluation.ago), who: s.evaluation.who, conclusion: s.evaluation.conclusion, notes: s.evaluation.notes }, now);
    }
    if (s.revision) {
      const v2 = startRevision(db, plan.id, { versionLabel: s.revision.label, reason: s.revision.reason }, now);
      for (const st of s.revision.stages) {
        recordStage(db, getVersion(db, v2.id)!, { stage: st.stage, outcome: 'done', date: ago(st.ago), who: st.who, notes: st.notes ?? '', skipReason: '', docNo: '' }, today, now);
      }
    }
    for (const d of s.drills ?? []) insertDrill(db, plan.id, { date: ago(d.ago), kind: d.kind, participants: d.participants, findings: d.findings }, now);
    added++;
  }
  return added;
}
