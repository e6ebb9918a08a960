package syncop

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

const devA, devB = "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"

func TestStampsOrderAsTheirText(t *testing.T) {
	t0 := time.UnixMilli(1_800_000_000_000)
	s1 := Tick("", t0, devA)
	s2 := Tick(s1, t0, devA)                       // same millisecond: the counter
	s3 := Tick(s2, t0.Add(-time.Hour), devA)       // the wall clock went back
	s4 := Tick(s3, t0.Add(time.Millisecond), devA) // and forward again
	for i, pair := range [][2]Stamp{{s1, s2}, {s2, s3}, {s3, s4}} {
		if !(pair[0] < pair[1]) {
			t.Errorf("step %d: %s is not before %s", i, pair[0], pair[1])
		}
	}
	if ms, c, d, ok := s3.Parts(); !ok || ms != t0.UnixMilli() || c != 2 || d != devA {
		t.Errorf("parts of %s: %d %d %s %v", s3, ms, c, d, ok)
	}
	// A full counter moves on to the next millisecond.
	full := NewStamp(t0.UnixMilli(), 0xffff, devA)
	if next := Tick(full, t0, devA); !(next > full) || func() bool { ms, _, _, _ := next.Parts(); return ms != t0.UnixMilli()+1 }() {
		t.Errorf("after a full counter: %s", next)
	}
	// Ties between devices go to the greater id, the same everywhere.
	if !(NewStamp(5, 0, devA) < NewStamp(5, 0, devB)) {
		t.Error("the device does not break ties")
	}
	for _, bad := range []Stamp{"", "x", "0193a1b2c3d4.0000.AAAAAAAAAAAAAAAA", "0193a1b2c3d4-0000-aaaaaaaaaaaaaaaa", NewStamp(1, 1, devA) + "0"} {
		if _, _, _, ok := bad.Parts(); ok {
			t.Errorf("%q read as a stamp", bad)
		}
	}
}

func TestValidIDs(t *testing.T) {
	gid := strings.Repeat("ab", 16)
	good := map[string]string{Goal: gid, Task: gid, CheckIn: gid + "/2026-11-30", Reflection: "2026-11-30", Review: "2026-W48"}
	for kind, id := range good {
		if !ValidID(kind, id) {
			t.Errorf("%s %q refused", kind, id)
		}
	}
	for _, c := range [][2]string{{Goal, gid[:31]}, {Goal, strings.ToUpper(gid)}, {CheckIn, gid}, {Reflection, "2026-11-30x"},
		{Review, "2026-48"}, {"other", gid}, {Goal, "../../" + gid[6:]}} {
		if ValidID(c[0], c[1]) {
			t.Errorf("%s %q accepted", c[0], c[1])
		}
	}
}

func segment(ops ...Op) []byte { return Segment{Device: devA, Seq: 3, Ops: ops}.Encode() }

func goalOp(title string) Op {
	v, _ := json.Marshal(title)
	return Op{Kind: Goal, ID: strings.Repeat("0", 32), At: NewStamp(1000, 0, devA), Set: map[string]json.RawMessage{"title": v}}
}

func TestSegmentsRoundTripAndRefuseDamage(t *testing.T) {
	data := segment(goalOp("one"), goalOp("two"))
	seg, err := Decode(bytes.NewReader(data), devA, 3)
	if err != nil || len(seg.Ops) != 2 || string(seg.Ops[1].Set["title"]) != `"two"` {
		t.Fatalf("round trip: %+v %v", seg, err)
	}
	if Count(data) != 2 {
		t.Errorf("count %d", Count(data))
	}
	cases := map[string]struct {
		data   []byte
		device string
		seq    uint64
		want   string
	}{
		"cut short":             {data[:len(data)-20], devA, 3, ""},
		"missing an op":         {data[:bytes.LastIndexByte(data[:len(data)-1], '\n')+1], devA, 3, "truncated"},
		"another number":        {data, devA, 4, "header says"},
		"another device":        {data, devB, 3, "header says"},
		"empty":                 {nil, devA, 3, "empty"},
		"text after a record":   {bytes.Replace(data, []byte("}\n"), []byte("} 1\n"), 1), devA, 3, "header"},
		"a field of the future": {bytes.Replace(data, []byte(`"count":2`), []byte(`"count":2,"zip":true`), 1), devA, 3, "unknown field"},
	}
	for name, c := range cases {
		_, err := Decode(bytes.NewReader(c.data), c.device, c.seq)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error with %q", name, err, c.want)
		}
	}
	// A line longer than MaxLine is refused, not read into memory whole.
	long := segment(goalOp(strings.Repeat("x", MaxLine)))
	if _, err := Decode(bytes.NewReader(long), devA, 3); err == nil || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("a long line: %v", err)
	}
}

// FuzzDecode feeds anything to the segment reader, which reads what other
// machines wrote: it must refuse or read, never panic, and what it reads
// must be well formed.
func FuzzDecode(f *testing.F) {
	f.Add(segment(goalOp("one")))
	f.Add([]byte(`{"coach_sync":1,"device":"aaaaaaaaaaaaaaaa","seq":3,"count":0}` + "\n"))
	f.Add([]byte("{}\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		seg, err := Decode(bytes.NewReader(data), devA, 3)
		if err != nil {
			return
		}
		for _, o := range seg.Ops {
			if err := o.Check(devA); err != nil {
				t.Fatalf("read an op that does not check: %v", err)
			}
		}
	})
}
