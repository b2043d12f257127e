package profile

import (
	"slices"
	"strings"
	"sync"

	"github.com/yjinspect/yjinspect/framework"
)

// Profile names the key questions an audit covers. The zero value covers
// the whole framework, as the built-in "whole" does.
type Profile struct {
	// ID is the profile's token: lower-case ASCII letters, digits and
	// hyphens, e.g. "keeping-other-people-safe". Reports print it.
	ID string `json:"id"`
	// Name is the profile for people, e.g. "Keeping other people safe".
	Name string `json:"name"`
	// KeyQuestions are the key questions the audit covers, each a key
	// question of one of the four standards (never O2), in catalogue
	// order (A1 ... R3). Parse, Lookup and Builtins give them so.
	KeyQuestions []framework.ID `json:"keyQuestions"`
}

// WholeToken is the token of the built-in profile of the whole framework.
const WholeToken = "whole"

// IsZero reports whether p is the zero Profile, which covers the whole
// framework.
func (p Profile) IsZero() bool { return p.ID == "" && p.Name == "" && p.KeyQuestions == nil }

// Whole reports whether p covers every key question of the four standards:
// the zero Profile, "whole", or any profile that lists all twelve.
func (p Profile) Whole() bool {
	if p.IsZero() {
		return true
	}
	for _, kq := range catalogue().all {
		if !slices.Contains(p.KeyQuestions, kq) {
			return false
		}
	}
	return true
}

// Covers reports whether p covers the key question id: for the zero
// Profile, any key question of the four standards.
func (p Profile) Covers(id framework.ID) bool {
	if p.IsZero() {
		return slices.Contains(catalogue().all, id)
	}
	return slices.Contains(p.KeyQuestions, id)
}

// Clone returns a copy of p that shares nothing with it.
func (p Profile) Clone() Profile {
	p.KeyQuestions = slices.Clone(p.KeyQuestions)
	return p
}

// Equal reports whether p and q are the same profile: the same ID, name
// and key questions in the same order.
func (p Profile) Equal(q Profile) bool {
	return p.ID == q.ID && p.Name == q.Name && slices.Equal(p.KeyQuestions, q.KeyQuestions)
}

// builtins is what the package reads from the catalogue once.
type builtins struct {
	all      []framework.ID // the standards' key questions, in catalogue order
	order    map[framework.ID]int
	profiles []Profile
	standard map[string]int // a standard's ID ("2.1") -> index in profiles
}

var catalogue = sync.OnceValue(func() *builtins {
	f := framework.DomainTwo()
	b := &builtins{order: map[framework.ID]int{}, standard: map[string]int{}}
	for _, kq := range f.KeyQuestions() {
		if kq.Standard != "" {
			b.order[kq.ID] = len(b.all)
			b.all = append(b.all, kq.ID)
		}
	}
	b.profiles = append(b.profiles, Profile{ID: WholeToken, Name: "Whole framework", KeyQuestions: slices.Clone(b.all)})
	for _, s := range f.Standards() {
		b.standard[string(s.ID)] = len(b.profiles)
		b.profiles = append(b.profiles, Profile{ID: token(s.Name), Name: string(s.ID) + " " + s.Name, KeyQuestions: slices.Clone(s.KeyQuestions)})
	}
	for a := framework.Desistance; a <= framework.KeepingOtherPeopleSafe; a++ {
		p := Profile{ID: a.String(), Name: a.Label()}
		for _, kq := range f.KeyQuestions() {
			if kq.Standard != "" && kq.Area == a {
				p.KeyQuestions = append(p.KeyQuestions, kq.ID)
			}
		}
		b.profiles = append(b.profiles, p)
	}
	return b
})

// token turns a name into a token: ASCII lower case, with spaces,
// underscores and hyphens as one hyphen.
func token(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == ' ' || r == '_' || r == '-' || r == '\t':
			hyphen = true
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		if hyphen && b.Len() > 0 {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteRune(r)
	}
	return b.String()
}

// Builtins returns the built-in profiles: the whole framework, each standard
// (2.1 to 2.4) and each area, in that order. The slice and its profiles are
// the caller's own.
func Builtins() []Profile {
	b := catalogue()
	out := make([]Profile, len(b.profiles))
	for i, p := range b.profiles {
		out[i] = p.Clone()
	}
	return out
}

// Lookup returns the built-in profile named by s: its token ("whole",
// "assessment", "keeping-other-people-safe"), its name ("Keeping other
// people safe"), or, for a standard's profile, the standard's ID ("2.1"),
// in any ASCII case, with spaces, hyphens or underscores alike. Anything
// else is an *Error (Field "profile") that quotes s and lists the tokens.
func Lookup(s string) (Profile, error) {
	b := catalogue()
	t := token(s)
	if i, ok := b.standard[t]; ok {
		return b.profiles[i].Clone(), nil
	}
	if t != "" {
		for _, p := range b.profiles {
			if t == p.ID || t == token(p.Name) {
				return p.Clone(), nil
			}
		}
	}
	tokens := make([]string, len(b.profiles))
	for i, p := range b.profiles {
		tokens[i] = p.ID
	}
	return Profile{}, &Error{Field: "profile", Value: s, Reason: "is not a built-in profile (" + strings.Join(tokens, ", ") + ")"}
}
