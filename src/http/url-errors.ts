import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { boundedErrorBody } from './error-body';

/**
 * Fastify's router refuses a URL it cannot read (a stray %, a parameter past its length) before
 * any hook or filter runs. This answers those in the service's one error shape, with the
 * security headers every other answer has; `securityHeaders` is helmet's middleware.
 */
export function urlErrors(securityHeaders: (req: FastifyRequest['raw'], res: FastifyReply['raw'], next: () => void) => void) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    securityHeaders(request.raw, reply.raw, () => undefined);
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    const message =
      error.code === 'FST_ERR_BAD_URL'
        ? 'The URL is not valid: each % in it must start an escape such as %20 or %2F.'
        : `The URL could not be read: ${error.message}`;
    void reply
      .code(status)
      .send(boundedErrorBody({ statusCode: status, error: status === 414 ? 'uri_too_long' : 'invalid_input', message, details: [] }));
  };
}
