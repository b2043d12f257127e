package idset

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// check adds ids to the set and to a map, and requires the same answers.
func check(t *testing.T, s *Set, ids []string) {
	t.Helper()
	want := map[string]int{}
	for _, id := range ids {
		m, added := s.Add(id)
		prev, dup := want[id]
		if added == dup {
			t.Fatalf("Add(%q): added %v, but it was in the set: %v", id, added, dup)
		}
		if dup && m != prev {
			t.Fatalf("Add(%q) = %d, want the member %d", id, m, prev)
		}
		if !dup {
			if m != len(want) {
				t.Fatalf("Add(%q) = %d, want %d", id, m, len(want))
			}
			want[id] = m
		}
		if s.Len() != len(want) {
			t.Fatalf("Len() = %d, want %d", s.Len(), len(want))
		}
	}
}

func ids(n int, r *rand.Rand) []string {
	var out []string
	for i := range n {
		id := fmt.Sprintf("insp-%02d-case-%04d", i/500, i%500)
		if r.IntN(10) == 0 {
			id = fmt.Sprintf("x%d", r.IntN(n)) // short, and some repeated
		}
		out = append(out, id)
		if r.IntN(20) == 0 {
			out = append(out, out[r.IntN(len(out))]) // a duplicate
		}
	}
	return out
}

func TestSetAgreesWithAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check(t, New(), ids(20000, r))
	check(t, New(), []string{"", "a", "", "ab", "a", "abc", "ab"})
}

// TestSetIsExactWhateverTheHash: with every member's hash the same, every
// lookup meets every tag, and only exact comparison answers.
func TestSetIsExactWhateverTheHash(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, h := range []func(string) uint64{
		func(string) uint64 { return 0 },
		func(s string) uint64 { return uint64(len(s)) << 32 },
	} {
		check(t, &Set{hash: h}, ids(600, r))
	}
}

// TestSetOverflow: past the table's numbers, members go to a map, and
// the table's members are still found.
func TestSetOverflow(t *testing.T) {
	s := New()
	s.Add("a")
	s.Add("b")
	s.n = maxMembers
	if m, added := s.Add("a"); added || m != 0 {
		t.Fatalf("Add(a) = %d, %v past the table", m, added)
	}
	if m, added := s.Add("c"); !added || m != maxMembers {
		t.Fatalf("Add(c) = %d, %v past the table", m, added)
	}
	if m, added := s.Add("c"); added || m != maxMembers {
		t.Fatalf("Add(c) again = %d, %v", m, added)
	}
}

func BenchmarkAdd(b *testing.B) {
	for b.Loop() {
		s := New()
		for i := range 100000 {
			s.Add(fmt.Sprintf("insp-%02d-case-%04d", i/2500, i%2500))
		}
	}
}
