export interface Staff {
  id: number;
  name: string;
  unit: string;
  position: string;
  phones: string[];
  canLead: boolean;
  canDuty: boolean;
  active: boolean;
  note: string;
  createdAt: number;
  updatedAt: number;
}
