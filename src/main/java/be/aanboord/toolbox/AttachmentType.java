package be.aanboord.toolbox;

import be.aanboord.system.FileType;

/**
 * The type of an attachment, from its content alone ({@link FileType}), refused with the
 * toolbox's messages.
 */
final class AttachmentType {

	static final String PDF = FileType.PDF;

	static final String DOCX = FileType.DOCX;

	static final String PPTX = FileType.PPTX;

	static final String XLSX = FileType.XLSX;

	private AttachmentType() {
	}

	/**
	 * The content type of the attachment, one of {@link FicheAttachments#ALLOWED}.
	 * @throws FicheAttachments.Rejected {@code toolbox.attachment.type} when the content
	 * is none of the allowed types, {@code toolbox.attachment.unreadable} when it has the
	 * form of one of them but does not open as such
	 */
	static String of(byte[] content) {
		try {
			return FileType.of(content);
		}
		catch (FileType.Rejected rejected) {
			throw new FicheAttachments.Rejected(
					rejected.isUnreadable() ? "toolbox.attachment.unreadable" : "toolbox.attachment.type");
		}
	}

}
