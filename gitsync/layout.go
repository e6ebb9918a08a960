package gitsync

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"coach/syncop"
)

// The repository's layout:
//
//	coach-sync.json                the marker: format, and whether files are encrypted
//	devices/<id>/device.json[.age] the device: its host name, since when
//	devices/<id>/<seq>.ops[.age]   its segments, seq in eight digits
//
// Encrypted files are gzip inside age; plain ones are the segment text.
const (
	markerName = "coach-sync.json"
	devicesDir = "devices"
	sealedExt  = ".age"
)

// marker says what the repository holds.
type marker struct {
	Format    int    `json:"coach_sync"`
	Encrypted bool   `json:"encrypted"`
	Recipient string `json:"recipient,omitempty"` // the public key, when encrypted
}

// deviceInfo names a device for the others' status.
type deviceInfo struct {
	Device string `json:"device"`
	Host   string `json:"host"`
	Since  string `json:"since"`
}

func segmentName(seq uint64, sealed bool) string {
	name := fmt.Sprintf("%08d.ops", seq)
	if sealed {
		name += sealedExt
	}
	return name
}

// parseSegmentName reads a segment file's number; ok is false for any
// other name (which a reader ignores).
func parseSegmentName(name string, sealed bool) (uint64, bool) {
	base, ok := strings.CutSuffix(name, ".ops"+map[bool]string{true: sealedExt}[sealed])
	if !ok || len(base) != 8 {
		return 0, false
	}
	n, err := strconv.ParseUint(base, 10, 64)
	return n, err == nil && n > 0
}

// segmentFile is a segment in the work tree.
type segmentFile struct {
	device string
	seq    uint64
	path   string
}

// listSegments lists every device's segments in the work tree, by device
// then number. Names that are not a device or a segment are ignored.
func listSegments(root string, sealed bool) ([]segmentFile, error) {
	devs, err := os.ReadDir(filepath.Join(root, devicesDir))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []segmentFile
	for _, d := range devs {
		if !d.IsDir() || !syncop.ValidDevice(d.Name()) {
			continue
		}
		files, err := os.ReadDir(filepath.Join(root, devicesDir, d.Name()))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if seq, ok := parseSegmentName(f.Name(), sealed); ok && f.Type().IsRegular() {
				out = append(out, segmentFile{d.Name(), seq, filepath.Join(root, devicesDir, d.Name(), f.Name())})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].device < out[j].device || out[i].device == out[j].device && out[i].seq < out[j].seq
	})
	return out, nil
}

// readMarker reads the marker; ok is false when the repository has none
// (a new remote).
func readMarker(root string) (m marker, ok bool, err error) {
	data, err := readLimited(filepath.Join(root, markerName), 4<<10)
	if os.IsNotExist(err) {
		return m, false, nil
	}
	if err != nil {
		return m, false, err
	}
	if err := json.Unmarshal(data, &m); err != nil || m.Format < 1 {
		return m, false, fmt.Errorf("%s on the remote is not a coach sync marker: is this the right repository?", markerName)
	}
	if m.Format > syncop.Format {
		return m, false, fmt.Errorf("the remote was written by a newer coach (format %d; this one reads %d): upgrade coach on this device", m.Format, syncop.Format)
	}
	return m, true, nil
}

// readLimited reads a regular file of at most limit bytes; a link, a pipe
// or a bigger file in the repository is refused.
func readLimited(path string, limit int64) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", filepath.Base(path))
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s is larger than %d KB", filepath.Base(path), limit>>10)
	}
	return os.ReadFile(path)
}
