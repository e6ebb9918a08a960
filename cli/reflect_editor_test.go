package cli

import (
	"bytes"
	"io"
	"testing"
)

func TestNewMarkerAvoidsTheText(t *testing.T) {
	defer func(r io.Reader) { markerRand = r }(markerRand)
	// the first draw is a marker the text holds; the second is taken
	markerRand = bytes.NewReader([]byte{0xde, 0xad, 0xbe, 0xef, 0, 0, 0, 1})
	m, err := newMarker("see #~deadbeef here")
	if err != nil || m != "#~00000001" {
		t.Errorf("newMarker = %q, %v; want #~00000001", m, err)
	}
	// a source that only ever gives markers the text holds
	markerRand = bytes.NewReader(bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 200))
	if m, err := newMarker("#~deadbeef"); err == nil {
		t.Errorf("newMarker = %q with every draw taken", m)
	}
}
