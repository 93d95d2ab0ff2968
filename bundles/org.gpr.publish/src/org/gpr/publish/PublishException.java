package org.gpr.publish;

import org.gpr.generator.DocumentRenderer;

/** A PDF or Word document that cannot be made, for a reason said in one sentence. */
final class PublishException extends DocumentRenderer.Failure {
	private static final long serialVersionUID = 1L;

	PublishException(String message) {
		super(message);
	}
}
