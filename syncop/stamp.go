package syncop

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// A Stamp is a moment on the hybrid logical clock, written so that two
// stamps compare as their strings do: twelve hex digits of Unix
// milliseconds, four of a counter for events within one millisecond, and
// the device that made it, which breaks ties between devices.
//
//	0193a1b2c3d4.0000.a1b2c3d4e5f60718
type Stamp string

const stampLength = 12 + 1 + 4 + 1 + DeviceLength

// DeviceLength is the length of a device id: 16 lower-case hex digits.
const DeviceLength = 16

// ValidDevice reports whether s has the form of a device id.
func ValidDevice(s string) bool { return lowerHex(s, DeviceLength) }

func lowerHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// NewStamp writes a stamp.
func NewStamp(ms int64, count uint16, device string) Stamp {
	return Stamp(fmt.Sprintf("%012x.%04x.%s", ms, count, device))
}

// Parts reads a stamp back; ok is false for text of another form.
func (s Stamp) Parts() (ms int64, count uint16, device string, ok bool) {
	if len(s) != stampLength || s[12] != '.' || s[17] != '.' ||
		!lowerHex(string(s[:12]), 12) || !lowerHex(string(s[13:17]), 4) || !ValidDevice(string(s[18:])) {
		return 0, 0, "", false
	}
	m, _ := strconv.ParseInt(string(s[:12]), 16, 64)
	c, _ := strconv.ParseUint(string(s[13:17]), 16, 16)
	return m, uint16(c), string(s[18:]), true
}

// Tick is the clock's next stamp on device after last (the latest stamp
// this device has made or seen, "" at first), at wall time now: later than
// last even when the wall clock went back.
func Tick(last Stamp, now time.Time, device string) Stamp {
	ms := max(now.UnixMilli(), 0)
	lastMS, count, _, ok := last.Parts()
	switch {
	case !ok || ms > lastMS:
		return NewStamp(ms, 0, device)
	case count == 0xffff:
		return NewStamp(lastMS+1, 0, device)
	default:
		return NewStamp(lastMS, count+1, device)
	}
}

// NewDevice draws a device id.
func NewDevice() string {
	var b [DeviceLength / 2]byte
	rand.Read(b[:]) // never fails (crypto/rand, Go 1.24 on)
	return hex.EncodeToString(b[:])
}
