import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SPREADSHEET_BODY_LIMIT, SPREADSHEET_MEDIA_TYPES } from './exports/import/read-spreadsheet';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { AcceptsBodyGuard } from './http/accepts-body';
import { installBodyParsers } from './http/body-parsers';
import { conditionalGet } from './http/conditional-get';
import { DomainExceptionFilter } from './http/domain-exception.filter';
import { RememberedAnswers } from './http/answer-cache/remembered-answers';
import { installFastLanes } from './http/fast-lane/fast-lane';
import { HealthLane } from './health/health-lane';
import { jsonBodyGuard } from './http/json-body-guard';
import { methodNotAllowed } from './http/method-not-allowed';
import { completeOpenApi } from './http/openapi/complete-openapi';
import { queryStringGuard } from './http/query-string-guard';
import { urlErrors } from './http/url-errors';
import { validationException } from './http/validation-errors';
import { JsonLogger, logLevelsFor } from './logging/json-logger';
import { requestLogger } from './logging/request-logger';
import { serveWebApp } from './web-app/serve-web-app';

/** Builds the HTTP application exactly as it runs in production; tests use it too. */
export async function createApp(config: AppConfig, options: { quiet?: boolean; webDir?: string } = {}): Promise<INestApplication> {
  const logger = new JsonLogger(logLevelsFor(config.logLevel ?? 'info'));
  // Fastify rather than Express: a write costs about a third less of the one thread, and writes
  // under load reached 50–71 % of raw SQLite appends instead of 36–48 % (issue 15, aim 4; README).
  const securityHeaders = helmet({
    // Swagger UI at /docs and the web app's charts need inline styles; scripts only from here.
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  const adapter = new FastifyAdapter({
    // request.ip (and so the rate limit of requests without a valid token) believes
    // X-Forwarded-For only as far back as the configured proxies reach; by default, not at all.
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    // As Express routed: /forces/herts/ is /forces/herts.
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot read, in the service's error shape.
    frameworkErrors: urlErrors(securityHeaders),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.quiet ? false : logger,
    bodyParser: false,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  // Every answer is logged, refusals by the checks below and the guards included.
  if (config.logRequests && !options.quiet) fastify.addHook('onResponse', requestLogger(logger));
  fastify.addHook('onRequest', methodNotAllowed(fastify));
  fastify.addHook('onRequest', queryStringGuard);
  // JSON for every write; imports (budgets as CSV or XLSX) as bytes; any other type is left
  // unread, and endpoints that take none answer 415 after authentication (AcceptsBodyGuard).
  installBodyParsers(fastify, {
    jsonLimit: config.bodyLimit,
    spreadsheetTypes: SPREADSHEET_MEDIA_TYPES,
    spreadsheetLimit: SPREADSHEET_BODY_LIMIT,
  });
  fastify.addHook('preValidation', jsonBodyGuard);
  // Every GET answer has an ETag, and one the client already has answers 304, as on Express.
  fastify.addHook('onSend', conditionalGet);
  await serveWebApp(app, fastify, options.webDir); // the browser app at /, beside the API (issue 14)
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
      exceptionFactory: validationException,
    }),
  );
  // After the module guards (rate limit, access), so a stranger learns nothing from a 415.
  app.useGlobalGuards(new AcceptsBodyGuard(app.get(Reflector)));
  app.useGlobalFilters(new DomainExceptionFilter());
  app.enableShutdownHooks();
  // In front of the framework: /health, and answers the full pipeline has already given (issue 15).
  installFastLanes(
    app.getHttpServer(),
    [app.get(HealthLane), app.get(RememberedAnswers)],
    config.logRequests && !options.quiet ? logger : undefined,
  );

  const openApi = new DocumentBuilder()
    .setTitle('Collaboration finance modeller')
    .setDescription(
      'Medium-term financial plans, precept options, collaboration shares and benefits realisation for police forces, PCCs and alliances. ' +
        'Money is a decimal string in pounds ("48800000.00"); rates are decimal fractions ("0.02" = 2 %); years are "2016/17". ' +
        'Writes accept Idempotency-Key and If-Match headers; reads accept asOf (ISO time or global position).',
    )
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => completeOpenApi(SwaggerModule.createDocument(app, openApi)), {
    swaggerOptions: { persistAuthorization: true },
  });
  // Routes, hooks and plugins are all in: Fastify is made ready here, so the app answers through
  // its HTTP server (tests, the fast lanes) as soon as it is returned, as the Express one did.
  await app.init();
  await fastify.ready();
  return app;
}
