/**
 * Shared language analysis, computed once per article, lazily, only for the stages that need it:
 * CoreNLP layers (tokens and sentences, part of speech, lemmas, named entities) and sentence
 * embeddings from an in-process ONNX model. Nothing is downloaded at run time.
 */
package io.corroborate.nlp;
