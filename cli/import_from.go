package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"coach/content"
	"coach/domain"
	"coach/importer"
	"coach/sanitize"
	"coach/store"
)

// importReaders are the tools coach import --from reads.
var importReaders = map[string]func(string, importer.Options) (domain.ImportBatch, error){
	"harsh":       importer.ReadHarsh,
	"jrnl":        importer.ReadJrnl,
	"loop":        importer.ReadLoop,
	"taskwarrior": importer.ReadTaskwarrior,
}

// importSources names them for help and errors.
func importSources() string {
	names := make([]string, 0, len(importReaders))
	for n := range importReaders {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// importFrom adds another tool's file to the journal: coach import
// --from TOOL PATH. It adds to what is there, and a second run of the same
// file adds nothing.
func (a *app) importFrom(tool, path, competency string, dry bool) error {
	read, ok := importReaders[strings.ToLower(tool)]
	if !ok {
		return usagef("coach cannot import from %q: --from takes %s", sanitize.Clip(tool, 40), importSources())
	}
	o := importer.Options{}
	if competency != "" {
		c, err := domain.ParseCompetency(competency)
		if err != nil {
			return usageError{err}
		}
		o.Competency = c
	}
	today, err := a.today()
	if err != nil {
		return err
	}
	o.Today = today
	lang, ui, err := a.words()
	if err != nil {
		return err
	}
	b, err := read(path, o)
	if err != nil {
		return fmt.Errorf("%s: %w; nothing was imported", sanitize.Line(path), clipped(err, 300))
	}
	st, done, err := a.importTarget(dry)
	if err != nil {
		return err
	}
	defer done()
	sum, err := st.ImportExternal(b, dry)
	if err != nil {
		return fmt.Errorf("%s: %w; nothing was imported", sanitize.Line(path), clipped(err, 300))
	}
	a.printImportSummary(lang, ui.CLI, strings.ToLower(tool), sum, dry)
	return nil
}

func (a *app) printImportSummary(lang content.Lang, ui content.CLIUI, tool string, sum store.ImportSummary, dry bool) {
	switch {
	case tool == "jrnl" && dry:
		a.printf(ui.WouldImportDays+"\n", tool, sum.Reflections, sum.Joined)
	case tool == "jrnl":
		a.printf(ui.ImportedDays+"\n", tool, sum.Reflections, sum.Joined)
	case dry:
		a.printf(ui.WouldImport+"\n", tool, sum.Goals, sum.Tasks, sum.CheckIns)
	default:
		a.printf(ui.ImportedFrom+"\n", tool, sum.Goals, sum.Tasks, sum.CheckIns)
	}
	if sum.Known > 0 {
		a.printf(ui.ImportKnown+"\n", sum.Known)
	}
	if sum.DayTaken > 0 {
		a.printf(ui.ImportDayTaken+"\n", sum.DayTaken)
	}
	for _, r := range sortedReasons(sum.Skipped) {
		a.printf(ui.ImportSkipped+"\n", sum.Skipped[r], content.ImportReason(lang, r))
	}
	for _, r := range sortedReasons(sum.Approximated) {
		a.printf(ui.ImportApprox+"\n", sum.Approximated[r], content.ImportReason(lang, r))
	}
}

// sortedReasons lists the reasons of a count, the most frequent first.
func sortedReasons(m map[string]int) []string {
	rs := make([]string, 0, len(m))
	for r := range m {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return m[rs[i]] > m[rs[j]] || m[rs[i]] == m[rs[j]] && rs[i] < rs[j] })
	return rs
}

// importTarget is the database an import writes to. A dry run on a journal
// that does not exist yet works out its summary on an empty one of its own,
// removed after: a dry run creates nothing.
func (a *app) importTarget(dry bool) (*store.Store, func(), error) {
	path, err := a.dbPath()
	if err != nil {
		return nil, nil, err
	}
	if _, err := os.Stat(path); !dry || err == nil || !errors.Is(err, fs.ErrNotExist) {
		st, err := a.store()
		return st, func() {}, err
	}
	dir, err := os.MkdirTemp("", "coach-dry-run-")
	if err != nil {
		return nil, nil, err
	}
	st, err := store.Open(filepath.Join(dir, "coach.db"), store.WithClock(a.clock))
	return st, func() { os.RemoveAll(dir) }, err
}
