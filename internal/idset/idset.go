// Package idset is an exact set of strings (the case IDs of a stream) in
// little memory: about 16 bytes a member for IDs that share a prefix with
// the one before, as a file's IDs do, where a map of strings takes 60-120.
//
// The design: a table of 64-bit slots, each holding a 32-bit tag of the
// member's hash (hash/maphash, with a seed of the set's own) and the
// member's number, found by linear probing from the tag; and the members
// themselves, in the order added, front-coded (each as the length of the
// prefix it shares with the one before and the rest), with a restart
// every 32 members. A hash is only where to look: on an equal tag the
// member is decoded and compared byte for byte, so a member is reported
// as already present only if it is (no false duplicates), and a member
// added before is always found (its tag and slot follow from its bytes).
package idset

import (
	"encoding/binary"
	"hash/maphash"
)

// restartEvery is how many members are coded between restarts.
const restartEvery = 32

// maxMembers is the most members the table numbers; later ones go to a
// map (more than four thousand million IDs).
const maxMembers = 1<<32 - 2

// Set is an exact set of strings, each numbered in the order added.
type Set struct {
	hash     func(string) uint64
	slots    []uint64 // tag<<32 | member number + 1; 0 is empty
	n        int
	data     []byte // the members, front-coded
	restarts []int  // the offset in data of every restartEvery-th member
	prev     []byte // the last member added
	buf      []byte
	overflow map[string]int
}

// New returns an empty set.
func New() *Set {
	seed := maphash.MakeSeed()
	return &Set{hash: func(s string) uint64 { return maphash.String(seed, s) }}
}

// Add adds s as member Len() and reports true, or reports the number of
// the member equal to s and false if it is already in the set.
func (t *Set) Add(s string) (int, bool) {
	if t.n >= maxMembers {
		return t.addOverflow(s)
	}
	tag := uint32(t.hash(s) >> 32)
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	for i := t.home(tag); ; i = t.after(i) {
		slot := t.slots[i]
		if slot == 0 {
			t.slots[i] = uint64(tag)<<32 | uint64(t.n+1)
			t.append(s)
			return t.n - 1, true
		}
		if uint32(slot>>32) == tag {
			if m := int(uint32(slot)) - 1; string(t.member(m)) == s {
				return m, false
			}
		}
	}
}

// Len returns the number of members.
func (t *Set) Len() int { return t.n + len(t.overflow) }

func (t *Set) addOverflow(s string) (int, bool) {
	// Members of the table first, exactly.
	tag := uint32(t.hash(s) >> 32)
	for i := t.home(tag); t.slots[i] != 0; i = t.after(i) {
		if slot := t.slots[i]; uint32(slot>>32) == tag {
			if m := int(uint32(slot)) - 1; string(t.member(m)) == s {
				return m, false
			}
		}
	}
	if t.overflow == nil {
		t.overflow = map[string]int{}
	}
	if m, ok := t.overflow[s]; ok {
		return m, false
	}
	m := t.Len()
	t.overflow[s] = m
	return m, true
}

// home is the slot where a tag's probe starts: the tag scaled to the
// table's size, which need not be a power of two.
func (t *Set) home(tag uint32) int { return int(uint64(tag) * uint64(len(t.slots)) >> 32) }

// after is the slot probed after slot i.
func (t *Set) after(i int) int {
	if i++; i == len(t.slots) {
		return 0
	}
	return i
}

// grow makes the table half as large again (not twice: a million IDs take
// 12 MB of slots, not 16), placing each slot again by its tag.
func (t *Set) grow() {
	old := t.slots
	t.slots = make([]uint64, max(1024, len(old)+len(old)/2))
	for _, slot := range old {
		if slot == 0 {
			continue
		}
		i := t.home(uint32(slot >> 32))
		for t.slots[i] != 0 {
			i = t.after(i)
		}
		t.slots[i] = slot
	}
}

// append codes s after the last member.
func (t *Set) append(s string) {
	shared := 0
	if t.n%restartEvery == 0 {
		t.restarts = append(t.restarts, len(t.data))
	} else {
		for shared < len(s) && shared < len(t.prev) && s[shared] == t.prev[shared] {
			shared++
		}
	}
	t.data = binary.AppendUvarint(t.data, uint64(shared))
	t.data = binary.AppendUvarint(t.data, uint64(len(s)-shared))
	t.data = append(t.data, s[shared:]...)
	t.prev = append(t.prev[:0], s...)
	t.n++
}

// member decodes member m, in a buffer the next call reuses.
func (t *Set) member(m int) []byte {
	i := t.restarts[m/restartEvery]
	b := t.buf[:0]
	for k := m - m%restartEvery; ; k++ {
		shared, w := binary.Uvarint(t.data[i:])
		i += w
		rest, w := binary.Uvarint(t.data[i:])
		i += w
		b = append(b[:shared], t.data[i:i+int(rest)]...)
		i += int(rest)
		if k == m {
			t.buf = b
			return b
		}
	}
}
