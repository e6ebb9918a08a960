package gitsync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"coach/sanitize"
	"coach/store"
	"coach/syncop"
)

// Options says where things are and how to run git.
type Options struct {
	KeyFile  string        // the age key (encrypted remotes)
	Host     string        // this machine's name
	Detached bool          // no terminal (the app): git must not prompt
	Timeout  time.Duration // of each command that talks to the remote; 0 is a minute
	Now      func() time.Time
}

func (o Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// Result is what a sync did.
type Result struct {
	Sent     int    // changes made here that went to the remote
	Received int    // records here that changed
	Head     string // the remote commit it ended on
	KeyMade  bool   // Init made a new key (which the user must copy)
	Retries  int    // pushes refused because another device pushed first
}

// beforePush, when set (tests), runs just before each push.
var beforePush func()

// Errors a user can act on.
var (
	ErrRewritten = errors.New("the remote's history was rewritten since the last sync (a force-push, a reset or another repository); nothing here changed: to send this journal to it again, run coach sync init REMOTE")
	ErrCopied    = errors.New("this database was set up for sync on another machine or file, so it would write as the same device: run coach sync init REMOTE here to make it a device of its own")
)

// OfflineError is a remote that could not be reached.
type OfflineError struct{ Err error }

func (e *OfflineError) Error() string { return "offline: " + e.Err.Error() }
func (e *OfflineError) Unwrap() error { return e.Err }

// RepoDir is the clone kept beside the database.
func RepoDir(db string) string { return db + ".sync" }

// Init sets up sync of st's journal through remote and runs the first
// sync: on a new remote it sends the whole journal; on one other devices
// use, it merges the two (see store.SyncRound). It checks first that git
// runs and the remote answers, and sets nothing up when they do not.
// encrypt asks for encryption on a new remote; a remote that already is
// encrypted stays so whatever it says.
func Init(ctx context.Context, st *store.Store, remote string, encrypt bool, o Options) (Result, error) {
	if err := Installed(); err != nil {
		return Result{}, err
	}
	if strings.TrimSpace(remote) == "" || strings.HasPrefix(remote, "-") {
		return Result{}, fmt.Errorf("%q is not a git remote: give a URL or a path", remote)
	}
	g := &git{dir: filepath.Dir(st.Path()), detached: o.Detached, timeout: o.timeout()}
	if _, err := g.remote(ctx, "ls-remote", "--heads", "--", remote); err != nil {
		return Result{}, remoteError(err)
	}
	var made bool
	if encrypt {
		var err error
		if _, made, err = loadOrMakeKey(o.KeyFile, o.now()); err != nil {
			return Result{}, fmt.Errorf("cannot make the sync key %s: %v", o.KeyFile, err)
		}
	}
	res, err := setUpAndSync(ctx, st, remote, encrypt, o)
	if errors.Is(err, errRemoteEncrypted) { // the other devices chose encryption
		res, err = setUpAndSync(ctx, st, remote, true, o)
	}
	res.KeyMade = made
	return res, err
}

func setUpAndSync(ctx context.Context, st *store.Store, remote string, encrypt bool, o Options) (Result, error) {
	// Under the lock: a sync running meanwhile (the app's, a timer's)
	// must not see its clone and its device change under it.
	unlock, err := lock(RepoDir(st.Path()) + ".lock")
	if err != nil {
		return Result{}, err
	}
	defer unlock()
	if err := os.RemoveAll(RepoDir(st.Path())); err != nil {
		return Result{}, err
	}
	cfg := store.SyncConfig{Device: store.NewDevice(), Remote: remote, Encrypt: encrypt, Host: o.Host, Path: st.Path(), Since: o.now().UTC()}
	if err := st.SetUpSync(cfg); err != nil {
		return Result{}, err
	}
	return syncLocked(ctx, st, o)
}

// errRemoteEncrypted is a device set up without encryption meeting an
// encrypted remote.
var errRemoteEncrypted = errors.New("the remote is encrypted")

func (o Options) timeout() time.Duration {
	if o.Timeout <= 0 {
		return time.Minute
	}
	return o.Timeout
}

// Sync pulls, merges and pushes, and keeps its outcome for the status.
func Sync(ctx context.Context, st *store.Store, o Options) (Result, error) {
	status, err := st.SyncStatus()
	if err != nil {
		return Result{}, err
	}
	if !status.On {
		return Result{}, store.ErrSyncOff
	}
	if status.Config.Host != o.Host || status.Config.Path != st.Path() {
		return Result{}, ErrCopied
	}
	if err := Installed(); err != nil {
		return Result{}, err
	}
	unlock, err := lock(RepoDir(st.Path()) + ".lock")
	if err != nil {
		return Result{}, err
	}
	defer unlock()
	return syncLocked(ctx, st, o)
}

// syncLocked is Sync once the lock is held.
func syncLocked(ctx context.Context, st *store.Store, o Options) (Result, error) {
	status, err := st.SyncStatus()
	if err != nil {
		return Result{}, err
	}
	if !status.On {
		return Result{}, store.ErrSyncOff
	}
	r := &run{st: st, o: o, cfg: status.Config, last: status.Last.Head,
		g: &git{dir: RepoDir(st.Path()), detached: o.Detached, timeout: o.timeout()}}
	res, err := r.sync(ctx)
	if errors.Is(err, context.Canceled) {
		return res, err // the app closed mid-way: not an outcome to show next time
	}
	last := store.SyncLast{At: o.now().UTC(), Head: res.Head, Sent: res.Sent, Received: res.Received}
	if err != nil {
		last.Error = sanitize.Clip(err.Error(), 300) // a remote's text can be long
		var off *OfflineError
		last.Offline = errors.As(err, &off)
	}
	if rerr := st.RecordSync(last); rerr != nil && err == nil {
		err = rerr
	}
	return res, err
}

// run is one sync of one database.
type run struct {
	st   *store.Store
	o    Options
	cfg  store.SyncConfig
	g    *git
	last string // the remote commit the last sync ended on
	key  *key
}

// attempts bounds the rounds of a sync whose pushes keep being refused
// because other devices pushed first.
const attempts = 8

func (r *run) sync(ctx context.Context) (Result, error) {
	if err := r.prepare(ctx); err != nil {
		return Result{}, err
	}
	var res Result
	for range attempts {
		head, err := r.fetch(ctx)
		if err != nil {
			return res, err
		}
		res.Head = head
		segs, err := r.readSegments()
		if err != nil {
			return res, err
		}
		round, err := r.st.SyncRound(segs)
		if err != nil {
			return res, err
		}
		if round.Device != r.cfg.Device { // set up again while this ran
			return res, fmt.Errorf("sync was set up again meanwhile: run coach sync again")
		}
		res.Received += round.Received
		pushed, written, err := r.writeOwn(round.Pending)
		if err != nil {
			return res, err
		}
		if !written {
			return res, r.st.SyncPushed(pushed)
		}
		if err := r.commit(ctx, round.Pending); err != nil {
			return res, err
		}
		if beforePush != nil {
			beforePush()
		}
		if _, err := r.g.remote(ctx, "push", "-q", "origin", "HEAD:refs/heads/main"); err != nil {
			if rejected(err) {
				res.Retries++
				continue // another device pushed first: fetch and go round again
			}
			return res, remoteError(err)
		}
		for _, seg := range round.Pending {
			res.Sent += len(seg.Ops)
			pushed = max(pushed, seg.Seq)
		}
		res.Head, _ = r.g.run(ctx, "rev-parse", "HEAD")
		return res, r.st.SyncPushed(pushed)
	}
	return res, errors.New("other devices kept pushing while this one tried: run coach sync again")
}

// prepare makes sure the clone is a git repository whose origin is the
// remote, making it afresh when it is missing or damaged: it is only a
// cache of the remote. Locks left by a git that was killed are removed;
// the sync lock says no other git of ours runs here.
func (r *run) prepare(ctx context.Context) error {
	dir := r.g.dir
	if _, err := r.g.run(ctx, "rev-parse", "--git-dir"); err != nil || !isDir(filepath.Join(dir, ".git")) {
		if ctx.Err() != nil {
			return ctx.Err() // not a damaged clone: a sync stopped before it began
		}
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return err
		}
		if _, err := r.g.run(ctx, "init", "-q"); err != nil {
			return err
		}
	}
	for _, name := range []string{"index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock",
		"refs/heads/main.lock", "refs/remotes/origin/main.lock"} {
		os.Remove(filepath.Join(dir, ".git", name))
	}
	url, err := r.g.run(ctx, "config", "--get", "remote.origin.url")
	switch {
	case err != nil:
		_, err = r.g.run(ctx, "remote", "add", "origin", r.cfg.Remote)
	case url != r.cfg.Remote:
		_, err = r.g.run(ctx, "remote", "set-url", "origin", r.cfg.Remote)
	}
	return err
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// fetch brings the remote's commits, checks that they continue those of
// the last sync, and puts the work tree at the remote's head (empty on a
// new remote). It returns that head, "" for a new remote.
func (r *run) fetch(ctx context.Context) (string, error) {
	if _, err := r.g.remote(ctx, "fetch", "-q", "--prune", "origin"); err != nil {
		return "", remoteError(err)
	}
	head, _ := r.g.run(ctx, "rev-parse", "-q", "--verify", "refs/remotes/origin/main^{commit}")
	if r.last != "" && (head == "" || !r.descends(ctx, r.last, head)) {
		return "", ErrRewritten
	}
	if head != "" {
		if _, err := r.g.run(ctx, "reset", "-q", "--hard", head); err != nil {
			return "", err
		}
	} else {
		r.g.run(ctx, "symbolic-ref", "HEAD", "refs/heads/main")
		r.g.run(ctx, "update-ref", "-d", "refs/heads/main")
		if _, err := r.g.run(ctx, "read-tree", "--empty"); err != nil {
			return "", err
		}
	}
	_, err := r.g.run(ctx, "clean", "-q", "-fdx")
	return head, err
}

// descends reports whether commit head has commit old in its history.
func (r *run) descends(ctx context.Context, old, head string) bool {
	_, err := r.g.run(ctx, "merge-base", "--is-ancestor", old, head)
	return err == nil
}

// readSegments reads the segments of the work tree that this database has
// not applied yet; one that cannot be read refuses the sync.
func (r *run) readSegments() ([]syncop.Segment, error) {
	if err := r.checkMarker(); err != nil {
		return nil, err
	}
	status, err := r.st.SyncStatus()
	if err != nil {
		return nil, err
	}
	files, err := listSegments(r.g.dir, r.cfg.Encrypt)
	if err != nil {
		return nil, err
	}
	var segs []syncop.Segment
	for _, f := range files {
		done := status.Seen[f.device]
		if f.device == r.cfg.Device {
			done = status.Seq
		}
		if f.seq <= done {
			continue
		}
		seg, err := r.readSegment(f)
		if err != nil {
			return nil, fmt.Errorf("refused the remote's segment %d of device %s: %v; nothing here changed", f.seq, f.device, err)
		}
		segs = append(segs, seg)
	}
	return segs, nil
}

func (r *run) readSegment(f segmentFile) (syncop.Segment, error) {
	data, err := r.readFile(f.path)
	if err != nil {
		return syncop.Segment{}, err
	}
	return syncop.Decode(bytes.NewReader(data), f.device, f.seq)
}

// readFile reads a file of the work tree, opening it when sealed.
func (r *run) readFile(path string) ([]byte, error) {
	data, err := readLimited(path, syncop.MaxSegment)
	if err != nil || !r.cfg.Encrypt {
		return data, err
	}
	return r.key.open(data, syncop.MaxSegment)
}

// checkMarker refuses a repository that is not coach's or not in the
// expected form, and loads the key of an encrypted one.
func (r *run) checkMarker() error {
	m, ok, err := readMarker(r.g.dir)
	if err != nil {
		return err
	}
	if ok && m.Encrypted != r.cfg.Encrypt {
		if m.Encrypted {
			return fmt.Errorf("%w: run coach sync init %s with the key of your other devices at %s", errRemoteEncrypted, r.cfg.Remote, r.o.KeyFile)
		}
		return fmt.Errorf("the remote holds plain text, and this device was set up to encrypt: use a new, empty remote for an encrypted journal")
	}
	if !r.cfg.Encrypt {
		return nil
	}
	k, err := loadKey(r.o.KeyFile)
	if os.IsNotExist(err) {
		return fmt.Errorf("the remote is encrypted and this device has no key: copy %s from a device that has it", r.o.KeyFile)
	}
	if err != nil {
		return err
	}
	if ok && m.Recipient != k.Recipient() {
		return fmt.Errorf("the key at %s is not the one the remote is encrypted with: copy the key from a device that syncs", r.o.KeyFile)
	}
	r.key = &k
	return nil
}

// writeOwn writes the marker, this device's description and its segments
// not yet on the remote. pushed is the last of them the remote already
// has; written is whether anything was written. A segment of this device's
// number already on the remote with other contents means a second database
// writes as this device.
func (r *run) writeOwn(pending []syncop.Segment) (pushed uint64, written bool, err error) {
	if _, ok, err := readMarker(r.g.dir); err != nil {
		return 0, false, err
	} else if !ok {
		m := marker{Format: syncop.Format, Encrypted: r.cfg.Encrypt}
		if r.key != nil {
			m.Recipient = r.key.Recipient()
		}
		data, _ := json.MarshalIndent(m, "", "  ")
		if err := os.WriteFile(filepath.Join(r.g.dir, markerName), append(data, '\n'), 0o600); err != nil {
			return 0, false, err
		}
		written = true
	}
	dir := filepath.Join(r.g.dir, devicesDir, r.cfg.Device)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, false, err
	}
	info := filepath.Join(dir, "device.json")
	if r.cfg.Encrypt {
		info += sealedExt
	}
	if _, err := os.Lstat(info); os.IsNotExist(err) {
		data, _ := json.Marshal(deviceInfo{Device: r.cfg.Device, Host: r.cfg.Host, Since: r.cfg.Since.Format(time.RFC3339)})
		if err := r.writeFile(info, append(data, '\n')); err != nil {
			return 0, false, err
		}
		written = true
	}
	for _, seg := range pending {
		path := filepath.Join(dir, segmentName(seg.Seq, r.cfg.Encrypt))
		plain := seg.Encode()
		if _, err := os.Lstat(path); err == nil {
			there, err := r.readFile(path)
			if err != nil || !bytes.Equal(there, plain) {
				return 0, false, fmt.Errorf("the remote already holds another segment %d of this device: another database writes as device %s; run coach sync init REMOTE on one of them", seg.Seq, r.cfg.Device)
			}
			pushed = seg.Seq
			continue
		}
		if err := r.writeFile(path, plain); err != nil {
			return 0, false, err
		}
		written = true
	}
	return pushed, written, nil
}

func (r *run) writeFile(path string, plain []byte) error {
	data := plain
	if r.cfg.Encrypt {
		var err error
		if data, err = r.key.seal(plain); err != nil {
			return err
		}
	}
	return os.WriteFile(path, data, 0o600)
}

// commit commits everything written, in a message that names nothing private.
func (r *run) commit(ctx context.Context, pending []syncop.Segment) error {
	if _, err := r.g.run(ctx, "add", "-A"); err != nil {
		return err
	}
	msg := fmt.Sprintf("coach: device %s", r.cfg.Device)
	if n := len(pending); n > 0 {
		msg += fmt.Sprintf(", segment %d", pending[n-1].Seq)
	}
	_, err := r.g.run(ctx, "commit", "-q", "--no-verify", "-m", msg)
	return err
}

// rejected reports whether a push was refused because the remote moved on.
func rejected(err error) bool {
	var ge *gitError
	if !errors.As(err, &ge) {
		return false
	}
	s := ge.stderr
	return strings.Contains(s, "[rejected]") || strings.Contains(s, "fetch first") ||
		strings.Contains(s, "non-fast-forward") || strings.Contains(s, "failed to update ref") ||
		strings.Contains(s, "cannot lock ref")
}

// remoteError tells an unreachable remote (offline) from other failures.
func remoteError(err error) error {
	var ge *gitError
	if !errors.As(err, &ge) {
		return err
	}
	s := strings.ToLower(ge.stderr)
	for _, sign := range []string{"could not resolve", "connection refused", "network is unreachable", "timed out", "no route to host", "connection reset", "temporary failure"} {
		if strings.Contains(s, sign) {
			return &OfflineError{Err: err}
		}
	}
	return err
}
