package be.aanboord.news.newsletter;

/**
 * An issue is composed (DRAFT), being mailed in batches (SENDING) or mailed to every
 * confirmed subscriber (SENT).
 */
public enum IssueStatus {

	DRAFT, SENDING, SENT

}
