export const COLLABORATION_AVERAGES_STREAM = 'reference-collaboration-averages';
