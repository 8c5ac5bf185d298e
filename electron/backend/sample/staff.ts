import type { StaffData } from '../../../db/repos/staff';

/** A small fictional county's bureau. Names and numbers are invented. */
export const SAMPLE_ORG = '青山县应急管理局';
export const SAMPLE_DUTY_PHONE = '0551-62880110';

const L = (name: string, position: string, phone: string): StaffData => ({
  name,
  unit: '局领导',
  position,
  phones: [phone],
  canLead: true,
  canDuty: false,
  note: '',
});
const D = (name: string, unit: string, phone: string, extra: string[] = []): StaffData => ({
  name,
  unit,
  position: '科员',
  phones: [phone, ...extra],
  canLead: false,
  canDuty: true,
  note: '',
});

export const SAMPLE_STAFF: StaffData[] = [
  L('王建国', '局长', '13905510001'),
  L('李文华', '副局长', '13905510002'),
  L('张卫东', '副局长', '13905510003'),
  L('陈秀英', '总工程师', '13905510004'),
  L('刘志强', '二级调研员', '13905510005'),
  D('赵敏', '应急指挥中心', '13805510011', ['0551-62880111']),
  D('孙浩', '应急指挥中心', '13805510012'),
  D('周婷', '防汛抗旱科', '13805510013'),
  D('吴磊', '防汛抗旱科', '13805510014'),
  D('郑晓燕', '综合科', '13805510015'),
  D('冯涛', '综合科', '13805510016'),
  D('何静', '风险监测科', '13805510017'),
  D('许明', '风险监测科', '13805510018'),
  D('马丽', '应急指挥中心', '13805510019'),
  D('朱刚', '救援协调科', '13805510020'),
];
