/** Commands on a force's stream `force-{code}`. */
export type ForceCommand = { type: 'RegisterForce'; code: string; name: string } | { type: 'RenameForce'; code: string; name: string };
