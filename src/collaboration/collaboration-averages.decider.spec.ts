import { spec } from '../../test/support/decider-spec';
import { InvalidInputError } from '../common/errors';
import { foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';
import { collaborationAveragesRequests } from '../../test/fixtures/collaboration';
import { COLLABORATION_AVERAGES_STREAM } from './collaboration-averages.stream';
import { nationalAverageFor } from './collaboration-averages.state';

describe('national collaboration averages', () => {
  it('records the England and Wales averages for a year as exact fractions', () => {
    spec(collaborationAveragesRequests)
      .given([])
      .when({ type: 'RecordNationalCollaborationAverage', year: '2016/17', policeShareOfNre: '0.1190', nonPoliceShareOfNre: '0.034' })
      .then([
        {
          type: 'NationalCollaborationAverageRecorded.v1',
          data: { year: '2016/17', policeShareOfNre: '0.119', nonPoliceShareOfNre: '0.034' },
        },
      ]);
  });

  it('refuses a share outside 0 to 1 and a percentage written as a number', () => {
    spec(collaborationAveragesRequests)
      .given([])
      .when({ type: 'RecordNationalCollaborationAverage', year: '2016/17', policeShareOfNre: '11.9', nonPoliceShareOfNre: '0.034' })
      .thenThrows(InvalidInputError, /policeShareOfNre: must be at most 1/);
    spec(collaborationAveragesRequests)
      .given([])
      .when({
        type: 'RecordNationalCollaborationAverage',
        year: '2016/17',
        policeShareOfNre: '0.119',
        nonPoliceShareOfNre: 0.034 as unknown as string,
      })
      .thenThrows(InvalidInputError, /not a JSON number/);
  });

  it('keeps the latest figures for each year', () => {
    const facts = foldWithRefs(collaborationAveragesRequests, COLLABORATION_AVERAGES_STREAM, [
      {
        type: 'NationalCollaborationAverageRecorded.v1',
        data: { year: '2016/17', policeShareOfNre: '0.12', nonPoliceShareOfNre: '0.034' },
      },
      {
        type: 'NationalCollaborationAverageRecorded.v1',
        data: { year: '2016/17', policeShareOfNre: '0.119', nonPoliceShareOfNre: '0.034' },
      },
    ]);
    expect(nationalAverageFor(facts, '2016/17')).toEqual({
      year: '2016/17',
      policeShareOfNre: '0.119',
      nonPoliceShareOfNre: '0.034',
      source: 'reference-collaboration-averages@1',
    });
    expect(nationalAverageFor(facts, '2019/20')).toBeUndefined();
  });
});
