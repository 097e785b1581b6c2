package org.claimrecovery.documents;

/** A document with its bytes, for download. */
public record DocumentContent(StoredDocument document, byte[] bytes) {}
