/**
 * Reconciliation of claims across a story. {@link io.corroborate.reconcile.FigureReconciler}, the
 * pipeline's figure stage, groups the mentions of one count across articles, judges each group
 * (conflicting values, compatible qualifiers, updates in date order, wording differences) and
 * counts independent sources through the copy graph and independent claimants after normalising
 * their names.
 */
package io.corroborate.reconcile;
