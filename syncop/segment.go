package syncop

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Format is the version of the segment files this build writes and reads.
const Format = 1

// Limits on what is read from the repository, which is untrusted input.
const (
	MaxSegment = 64 << 20 // bytes of one segment file
	MaxLine    = 1 << 20  // bytes of one op
)

// A Segment is one file of the repository: the ops one device wrote in one
// sync, numbered from 1 in the order the device wrote them.
type Segment struct {
	Device string
	Seq    uint64
	Ops    []Op
}

// header is a segment's first line. Count lets a reader tell a file cut
// short from a whole one.
type header struct {
	Format int    `json:"coach_sync"`
	Device string `json:"device"`
	Seq    uint64 `json:"seq"`
	Count  int    `json:"count"`
}

// Encode writes the segment as lines of JSON: the header, then one op a line.
func (s Segment) Encode() []byte {
	var b bytes.Buffer
	line := func(v any) {
		data, _ := json.Marshal(v) // plain values: cannot fail
		b.Write(data)
		b.WriteByte('\n')
	}
	line(header{Format, s.Device, s.Seq, len(s.Ops)})
	for _, o := range s.Ops {
		line(o)
	}
	return b.Bytes()
}

// ErrNewerFormat is a segment written by a newer coach.
var ErrNewerFormat = errors.New("written by a newer coach: upgrade coach on this device")

// Decode reads a segment that must be device's number seq (as its file
// name says) and checks every op in it; a segment that is truncated,
// too big, from another device or of a newer format is refused whole.
func Decode(r io.Reader, device string, seq uint64) (Segment, error) {
	seg := Segment{Device: device, Seq: seq}
	sc := bufio.NewScanner(io.LimitReader(r, MaxSegment+1))
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	read := 0
	if !sc.Scan() {
		return seg, fmt.Errorf("empty segment%s", scanErr(sc.Err()))
	}
	read += len(sc.Bytes()) + 1
	var h header
	if err := strict(sc.Bytes(), &h); err != nil {
		return seg, fmt.Errorf("header: %v", err)
	}
	switch {
	case h.Format > Format:
		return seg, fmt.Errorf("format %d: %w", h.Format, ErrNewerFormat)
	case h.Format != Format:
		return seg, fmt.Errorf("not a coach sync segment")
	case h.Device != device || h.Seq != seq:
		return seg, fmt.Errorf("its header says device %.20q number %d, not device %s number %d", h.Device, h.Seq, device, seq)
	case h.Count < 0 || h.Count > MaxSegment/32:
		return seg, fmt.Errorf("header: count %d is out of range", h.Count)
	}
	seg.Ops = make([]Op, 0, min(h.Count, 1<<16))
	for sc.Scan() {
		read += len(sc.Bytes()) + 1
		if read > MaxSegment {
			return seg, fmt.Errorf("larger than %d MB", MaxSegment>>20)
		}
		if len(seg.Ops) == h.Count {
			return seg, fmt.Errorf("more ops than its header's %d", h.Count)
		}
		var o Op
		if err := strict(sc.Bytes(), &o); err != nil {
			return seg, fmt.Errorf("line %d: %v", len(seg.Ops)+2, err)
		}
		if err := o.Check(device); err != nil {
			return seg, fmt.Errorf("line %d: %v", len(seg.Ops)+2, err)
		}
		seg.Ops = append(seg.Ops, o)
	}
	if err := sc.Err(); err != nil {
		return seg, fmt.Errorf("line %d:%s", len(seg.Ops)+2, scanErr(err))
	}
	if len(seg.Ops) != h.Count {
		return seg, fmt.Errorf("truncated: %d of %d ops", len(seg.Ops), h.Count)
	}
	return seg, nil
}

func scanErr(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, bufio.ErrTooLong):
		return fmt.Sprintf(" a line longer than %d KB", MaxLine>>10)
	}
	return " " + err.Error()
}

// strict decodes one JSON value that must be all of line and have no
// field the type lacks.
func strict(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("text after the record")
	}
	return nil
}

// Count is the number of ops a segment's header announces, read without
// decoding the ops; 0 for a header that does not read.
func Count(data []byte) int {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	var h header
	if json.Unmarshal(line, &h) != nil {
		return 0
	}
	return h.Count
}

// DecodeAny reads a segment whose device and number come from its own
// header: one this device wrote and kept.
func DecodeAny(data []byte) (Segment, error) {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	var h header
	if err := json.Unmarshal(line, &h); err != nil {
		return Segment{}, fmt.Errorf("header: %v", err)
	}
	return Decode(bytes.NewReader(data), h.Device, h.Seq)
}
