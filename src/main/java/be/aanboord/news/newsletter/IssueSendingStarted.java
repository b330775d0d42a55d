package be.aanboord.news.newsletter;

/** An issue was frozen and is to be mailed to the confirmed subscribers. */
record IssueSendingStarted(long issueId) {
}
