package gitsync

import (
	"encoding/json"
	"path/filepath"
	"time"

	"coach/store"
	"coach/syncop"
)

// StatusReport is what coach sync status shows. It reads the database and
// the clone as the last sync left it: no git runs, nothing is fetched.
type StatusReport struct {
	On        bool        `json:"set_up"`
	Remote    string      `json:"remote,omitempty"`
	Encrypted bool        `json:"encrypted"`
	Device    string      `json:"device,omitempty"`
	Host      string      `json:"host,omitempty"`
	Others    []OtherInfo `json:"other_devices"`
	LastAt    time.Time   `json:"last_sync,omitzero"`
	LastOK    time.Time   `json:"last_success,omitzero"`
	LastError string      `json:"last_error,omitempty"`
	Offline   bool        `json:"offline,omitempty"`
	Waiting   int         `json:"waiting"`
}

// OtherInfo is another device of the journal.
type OtherInfo struct {
	Device  string `json:"device"`
	Host    string `json:"host,omitempty"`
	Applied uint64 `json:"segments_applied"`
}

// Report reads the status of sync on st.
func Report(st *store.Store, o Options) (StatusReport, error) {
	s, err := st.SyncStatus()
	if err != nil || !s.On {
		return StatusReport{Others: []OtherInfo{}}, err
	}
	r := StatusReport{On: true, Remote: s.Config.Remote, Encrypted: s.Config.Encrypt, Device: s.Config.Device,
		Host: s.Config.Host, LastAt: s.Last.At, LastOK: s.LastOK, LastError: s.Last.Error, Offline: s.Last.Offline,
		Waiting: s.Waiting, Others: []OtherInfo{}}
	var k *key
	if s.Config.Encrypt {
		if kk, err := loadKey(o.KeyFile); err == nil {
			k = &kk
		}
	}
	for dev, seq := range s.Seen {
		if dev == s.Config.Device {
			continue
		}
		r.Others = append(r.Others, OtherInfo{Device: dev, Applied: seq, Host: deviceHost(RepoDir(st.Path()), dev, k)})
	}
	return r, nil
}

// deviceHost reads the host name another device wrote about itself; ""
// when it cannot be read.
func deviceHost(repo, dev string, k *key) string {
	if !syncop.ValidDevice(dev) {
		return ""
	}
	path := filepath.Join(repo, devicesDir, dev, "device.json")
	if k != nil {
		path += sealedExt
	}
	data, err := readLimited(path, 4<<10)
	if err != nil {
		return ""
	}
	if k != nil {
		if data, err = k.open(data, 4<<10); err != nil {
			return ""
		}
	}
	var info deviceInfo
	if json.Unmarshal(data, &info) != nil || info.Device != dev {
		return ""
	}
	return info.Host
}
