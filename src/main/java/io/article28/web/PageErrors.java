package io.article28.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

import io.article28.core.IntegrityException;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;

/**
 * A page that names something missing, or another tenant's, shows the plain not-found
 * page; a refusal no page turned into a message on its form (a control character in a
 * parameter, say) shows the field and the reason.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String tooLarge() {
		return "error/413";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(IntegrityException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String integrity() {
		return "error/503";
	}

	@ExceptionHandler(RejectedException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String rejected(RejectedException ex, Model model) {
		model.addAttribute("field", ex.field());
		model.addAttribute("reason", ex.getMessage());
		return "error/400";
	}

}
