import { spec } from '../../test/support/decider-spec';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { forceDecider } from './force.decider';
import type { ForceRegistered } from './force.events';

const registered: ForceRegistered = { type: 'ForceRegistered.v1', data: { code: 'herts', name: 'Hertfordshire Constabulary' } };

describe('force decider', () => {
  it('registers a new force', () => {
    spec(forceDecider).given([]).when({ type: 'RegisterForce', code: 'herts', name: ' Hertfordshire Constabulary ' }).then([registered]);
  });

  it('refuses to register a force twice', () => {
    spec(forceDecider)
      .given([registered])
      .when({ type: 'RegisterForce', code: 'herts', name: 'Herts' })
      .thenThrows(ConflictError, /already registered/);
  });

  it('refuses a code that could not live in a stream id', () => {
    spec(forceDecider)
      .given([])
      .when({ type: 'RegisterForce', code: 'Herts-Police', name: 'Herts' })
      .thenThrows(InvalidInputError, /lower-case/);
  });

  it('refuses an empty name', () => {
    spec(forceDecider).given([]).when({ type: 'RegisterForce', code: 'herts', name: '   ' }).thenThrows(InvalidInputError, /name/);
  });

  it('renames a registered force, and does nothing when the name is unchanged', () => {
    spec(forceDecider)
      .given([registered])
      .when({ type: 'RenameForce', code: 'herts', name: 'Hertfordshire Police' })
      .then([{ type: 'ForceRenamed.v1', data: { name: 'Hertfordshire Police' } }]);
    spec(forceDecider).given([registered]).when({ type: 'RenameForce', code: 'herts', name: 'Hertfordshire Constabulary' }).then([]);
  });

  it('cannot rename a force that was never registered', () => {
    spec(forceDecider).given([]).when({ type: 'RenameForce', code: 'herts', name: 'X' }).thenThrows(NotFoundError);
  });
});
