package io.article28.core;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where API errors become RFC 9457 problem details. Validation failures
 * list the fields at fault under {@code errors}; nothing leaks a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	static final URI VALIDATION = URI.create("urn:article28:problem:validation");

	record FieldError(String field, String message) {
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), null, List.of());
	}

	@ExceptionHandler
	ResponseEntity<Object> gone(GoneException ex) {
		return problem(HttpStatus.GONE, ex.getMessage(), null, List.of());
	}

	@ExceptionHandler
	ResponseEntity<Object> rejected(RejectedException ex) {
		HttpStatus status = ex.kind() == RejectedException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		List<FieldError> errors = ex.field() == null ? List.of() : List.of(new FieldError(ex.field(), ex.getMessage()));
		return problem(status, ex.getMessage(), VALIDATION, errors);
	}

	@ExceptionHandler
	ResponseEntity<Object> throttled(ThrottledException ex) {
		ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), null, List.of());
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header("Retry-After", String.valueOf(ex.retryAfter().toSeconds()))
			.body(problem.getBody());
	}

	@ExceptionHandler
	ResponseEntity<Object> integrity(IntegrityException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE,
				"The change was not made: the audit trail needs the provider's attention first.", null, List.of());
	}

	@ExceptionHandler
	ResponseEntity<Object> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "This action is reserved to another role.", null, List.of());
	}

	@ExceptionHandler
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid value for " + ex.getName(), VALIDATION,
				List.of(new FieldError(ex.getName(), "invalid value")));
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.", null,
				List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", VALIDATION, errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", VALIDATION, errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestSizeLimit.isCause(ex)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimit.MESSAGE, null, List.of());
		}
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = fieldOf(jackson);
			String message = describe(jackson);
			return problem(HttpStatus.BAD_REQUEST, message, VALIDATION, List.of(new FieldError(field, message)));
		}
		return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.", null, List.of());
	}

	private static String fieldOf(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static String describe(JacksonException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
			return invalid.getOriginalMessage();
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "'" + invalid.getValue() + "' is not one of "
					+ Arrays.toString(invalid.getTargetType().getEnumConstants());
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "unknown field";
		}
		return "invalid value";
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		return withProblemContentType(response);
	}

	static ResponseEntity<Object> problem(HttpStatus status, String detail, URI type, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (type != null) {
			problem.setType(type);
		}
		if (!errors.isEmpty()) {
			problem.setProperties(Map.of("errors", errors));
		}
		return withProblemContentType(ResponseEntity.status(status).body(problem));
	}

	private static ResponseEntity<Object> withProblemContentType(ResponseEntity<Object> response) {
		if (response == null) {
			return null;
		}
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(response.getBody());
	}

}
