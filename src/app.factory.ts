import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, raw } from 'express';
import { SPREADSHEET_BODY_LIMIT, SPREADSHEET_MEDIA_TYPES } from './exports/import/read-spreadsheet';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { AcceptsBodyGuard, JSON_MEDIA_TYPES } from './http/accepts-body';
import { DomainExceptionFilter } from './http/domain-exception.filter';
import { RememberedAnswers } from './http/answer-cache/remembered-answers';
import { installFastLanes } from './http/fast-lane/fast-lane';
import { HealthLane } from './health/health-lane';
import { jsonBodyGuard } from './http/json-body-guard';
import { methodNotAllowed } from './http/method-not-allowed';
import { completeOpenApi } from './http/openapi/complete-openapi';
import { queryStringGuard } from './http/query-string-guard';
import { validationException } from './http/validation-errors';
import { JsonLogger, logLevelsFor } from './logging/json-logger';
import { requestLogger } from './logging/request-logger';
import { serveWebApp } from './web-app/serve-web-app';

/** Builds the HTTP application exactly as it runs in production; tests use it too. */
export async function createApp(config: AppConfig, options: { quiet?: boolean; webDir?: string } = {}): Promise<INestApplication> {
  const logger = new JsonLogger(logLevelsFor(config.logLevel ?? 'info'));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.quiet ? false : logger,
    bodyParser: false,
  });
  // req.ip (and so the rate limit of requests without a valid token) believes X-Forwarded-For
  // only as far back as the configured proxies reach; by default, not at all.
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      // Swagger UI at /docs and the web app's charts need inline styles; scripts only from here.
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  // First of the service's own, so every answer is logged, refusals by the guards below included.
  if (config.logRequests && !options.quiet) app.use(requestLogger(logger));
  app.use(methodNotAllowed(app.getHttpAdapter().getInstance()));
  app.use(queryStringGuard);
  app.use(json({ limit: config.bodyLimit, strict: true, type: [...JSON_MEDIA_TYPES] }));
  // Imports (budgets as CSV or XLSX) read their bodies as bytes; endpoints that take none answer 415 (AcceptsBodyGuard).
  app.use(raw({ limit: SPREADSHEET_BODY_LIMIT, type: [...SPREADSHEET_MEDIA_TYPES] }));
  app.use(jsonBodyGuard);
  serveWebApp(app, options.webDir); // the browser app at /, beside the API (issue 14)
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
  // In front of Express: /health, and answers the full pipeline has already given (issue 15).
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
  return app;
}
