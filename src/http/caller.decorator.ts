import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/access.guard';
import type { Principal } from '../auth/principal';

/** `@Caller() principal: Principal`: who is calling, as the access guard verified them (for lists filtered to what they may read). */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('No verified caller: @Caller() is only for endpoints the access guard checks');
  return principal;
});
