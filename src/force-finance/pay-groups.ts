/** Pay groups with awards of their own: police officers (PRRB), police staff, PCSOs. */
export type PayGroup = 'officers' | 'staff' | 'pcsos';
export const PAY_GROUPS: readonly PayGroup[] = ['officers', 'staff', 'pcsos'];
