import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Fastify's router refuses a URL it cannot read (a stray %, a parameter past its length) before
 * any hook or filter runs. This answers those in the service's one error shape, with the
 * security headers every other answer has; `securityHeaders` is helmet's middleware.
 */
export function urlErrors(securityHeaders: (req: FastifyRequest['raw'], res: FastifyReply['raw'], next: () => void) => void) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    securityHeaders(request.raw, reply.raw, () => undefined);
    // A part of the path past the router's 100 characters names nothing: no code or id is that long.
    if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
      const message = 'Nothing here: a part of this path is longer than 100 characters, and no code or id of this service is.';
      return void reply.code(404).send({ statusCode: 404, error: 'not_found', message, details: [] });
    }
    const message =
      error.code === 'FST_ERR_BAD_URL'
        ? 'The URL is not valid: each % in it must start an escape such as %20 or %2F.'
        : 'The URL could not be read.';
    void reply.code(400).send({ statusCode: 400, error: 'invalid_input', message, details: [] });
  };
}
