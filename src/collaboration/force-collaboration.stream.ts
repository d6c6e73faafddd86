export const forceCollaborationStreamId = (forceCode: string) => `force-collaboration-${forceCode}`;
