// Package agreement counts how two raters (or two readings) place the same
// things in categories, and measures how far they agree: the share of pairs
// alike, the shares where the first rater's category comes before or after
// the second's, Cohen's kappa and the weighted kappas. It is general over
// the categories: the library uses it for the case manager's level against
// the inspector's on a classification scale (the four levels of package
// classification), and for a first reading against a second one (the
// inspector's levels, and the Yes or No of a summary judgement, in package
// moderation).
//
// # Where it comes from
//
// Not from the CARaG, which states no agreement statistic. These are
// standard statistics: Cohen's kappa (Cohen, 1960); the weighted kappa
// (Cohen, 1968) with linear weights (Cicchetti and Allison, 1971) or
// quadratic weights (Fleiss and Cohen, 1973). The words of [Kappa.Strength]
// ("slight", "fair", "moderate" ...) are the convention of Landis and Koch
// (1977), from the literature, not from the CARaG or the inspectorate.
//
// # How data flows
//
// [New] makes a [Table] over the categories given, in their order (the
// order the weighted kappas and the shares of [Table.FirstLower] and
// [Table.FirstHigher] read; for unordered categories use only the
// unweighted kappa and the share alike). [Table.Add] counts one pair, in
// constant time, without holding it: a pair where either value is not one
// of the categories (not recorded, out of range) is counted as skipped and
// left out of every statistic. The shares and the kappas are worked out from
// the k×k counts each time they are read, never on Add, so a Table can be
// kept as the pairs come, over any number of them.
//
// The kappas are computed from the integer counts: exact up to the rounding
// of the final divisions while den·n² < 2^53, where n is the number of pairs
// and den is 1 (unweighted), k-1 (linear) or (k-1)² (quadratic) for k
// categories (for four levels, up to about 3·10^7 pairs). Swapping the two
// raters gives exactly the same kappas. No result is ever NaN or an
// infinity.
//
// A Table is not safe for concurrent Add; reading it from several
// goroutines at once, with no Add, is safe.
package agreement
