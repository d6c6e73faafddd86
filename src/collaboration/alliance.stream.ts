export const allianceStreamId = (allianceCode: string) => `alliance-${allianceCode}`;
