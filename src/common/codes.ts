/** Force codes are short, lower-case and hyphen-free, so they never clash inside stream ids. */
export const FORCE_CODE = /^[a-z][a-z0-9]{1,19}$/;

/** Alliance, unit and programme codes: lower-case, digits and hyphens, so they sit safely in stream ids and line codes. */
export const COLLABORATION_CODE = /^[a-z][a-z0-9-]{0,39}$/;
