export type CollaborationAveragesCommand = {
  type: 'RecordNationalCollaborationAverage';
  year: string;
  policeShareOfNre: string;
  nonPoliceShareOfNre: string;
};
