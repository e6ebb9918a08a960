package importer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"coach/domain"
)

// Loop Habit Tracker exports CSV files, zipped ("Loop Habits CSV
// 2026-11-28.zip") or unpacked into a folder:
//
//	Habits.csv            Position,Name,Type,Question,Description,
//	                      FrequencyNumerator,FrequencyDenominator,Color,
//	                      Unit,Target Type,Target Value,Archived?
//	NNN Name/Checkmarks.csv   Date,Value,Notes, newest first
//
// A habit's folder is its Position and its name reduced to letters,
// digits, space and "._-", so folders are matched by Position. The root
// Checkmarks.csv and Scores.csv put habit names unquoted in their header
// and are not read. Habits become recurring tasks; YES_MANUAL and YES_AUTO
// days, and numerical days above zero, become check-ins.

// loopSource is the batch's Source and the prefix of every origin.
const loopSource = "loop"

// ReadLoop reads Loop's CSV export at path: the zip or the folder it
// unpacks to. A line that cannot be mapped is skipped and counted by
// reason; a missing Habits.csv or one without its header is an error.
// o.Today must be set: it bounds the check-in dates.
func ReadLoop(path string, o Options) (domain.ImportBatch, error) {
	competency, err := o.check()
	if err != nil {
		return domain.ImportBatch{}, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return domain.ImportBatch{}, err
	}
	var export loopExport
	switch {
	case info.IsDir():
		export, err = readLoopFolder(path)
	case info.Mode().IsRegular():
		export, err = readLoopZip(path)
	default:
		err = fmt.Errorf("%s is neither a zip file nor a folder: give Loop's CSV export", path)
	}
	if err != nil {
		return domain.ImportBatch{}, err
	}
	r := loopReader{
		batch:      domain.ImportBatch{Source: loopSource},
		competency: competency,
		today:      o.Today,
		byPosition: map[int]int{},
	}
	if err := r.readHabits(export.habits); err != nil {
		return domain.ImportBatch{}, err
	}
	r.readFolders(export.folders)
	r.emit()
	return r.batch, nil
}

// loopExport is what ReadLoop reads of an export: Habits.csv and the
// habit folders, sorted by name, each with its Checkmarks.csv (nil when
// the folder has none).
type loopExport struct {
	habits  []byte
	folders []loopFolder
}

type loopFolder struct {
	name       string
	checkmarks []byte
}

// loopBudget caps the bytes read of a whole export at MaxFile.
type loopBudget struct{ left int64 }

func (b *loopBudget) take(name string, data []byte) error {
	b.left -= int64(len(data))
	if b.left < 0 {
		return fmt.Errorf("the export is larger than %d MB once unpacked (at %s)", MaxFile>>20, name)
	}
	return nil
}

func readLoopFolder(dir string) (loopExport, error) {
	budget := loopBudget{MaxFile}
	habitsPath := filepath.Join(dir, "Habits.csv")
	habits, err := readFile(habitsPath)
	if errors.Is(err, fs.ErrNotExist) {
		return loopExport{}, fmt.Errorf("%s not found: Loop's export keeps its habits in Habits.csv", habitsPath)
	}
	if err != nil {
		return loopExport{}, err
	}
	if err := budget.take(habitsPath, habits); err != nil {
		return loopExport{}, err
	}
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return loopExport{}, err
	}
	export := loopExport{habits: habits}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		f := loopFolder{name: e.Name()}
		path := filepath.Join(dir, e.Name(), "Checkmarks.csv")
		f.checkmarks, err = readFile(path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return loopExport{}, err
		}
		if err := budget.take(path, f.checkmarks); err != nil {
			return loopExport{}, err
		}
		export.folders = append(export.folders, f)
	}
	return export, nil
}

// readLoopZip reads the export's zip. An entry whose name is absolute or
// climbs out with ".." refuses the whole zip: no honest export holds one.
// Only the entries used are unpacked, at most MaxFile bytes of them.
func readLoopZip(path string) (loopExport, error) {
	data, err := readFile(path)
	if err != nil {
		return loopExport{}, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return loopExport{}, fmt.Errorf("%s is not a zip file Loop wrote: %w", path, err)
	}
	var habits *zip.File
	checkmarks := map[string]*zip.File{}
	folders := map[string]bool{}
	for _, f := range zr.File {
		if !loopSafeName(f.Name) {
			return loopExport{}, fmt.Errorf("%s holds %q, a path outside the export: refused", path, f.Name)
		}
		parts := strings.Split(strings.TrimSuffix(f.Name, "/"), "/")
		switch {
		case len(parts) == 1 && parts[0] == "Habits.csv" && f.Mode().IsRegular():
			if habits == nil {
				habits = f
			}
		case len(parts) >= 2 || f.Mode().IsDir():
			folders[parts[0]] = true
			if len(parts) == 2 && parts[1] == "Checkmarks.csv" && f.Mode().IsRegular() && checkmarks[parts[0]] == nil {
				checkmarks[parts[0]] = f
			}
		}
	}
	if habits == nil {
		return loopExport{}, fmt.Errorf("%s holds no Habits.csv: is it Loop's CSV export?", path)
	}
	budget := loopBudget{MaxFile}
	export := loopExport{}
	if export.habits, err = loopUnzip(habits, &budget); err != nil {
		return loopExport{}, err
	}
	names := make([]string, 0, len(folders))
	for name := range folders {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		f := loopFolder{name: name}
		if c := checkmarks[name]; c != nil {
			if f.checkmarks, err = loopUnzip(c, &budget); err != nil {
				return loopExport{}, err
			}
		}
		export.folders = append(export.folders, f)
	}
	return export, nil
}

// loopSafeName reports whether a zip entry's name stays inside the export.
func loopSafeName(name string) bool {
	if name == "" || strings.ContainsRune(name, 0) {
		return false
	}
	slashed := strings.ReplaceAll(name, `\`, "/")
	if strings.HasPrefix(slashed, "/") || filepath.IsAbs(name) || filepath.VolumeName(name) != "" ||
		(len(name) >= 2 && name[1] == ':') {
		return false
	}
	for part := range strings.SplitSeq(slashed, "/") {
		if part == ".." {
			return false
		}
	}
	return true
}

// loopUnzip unpacks one entry within the budget; the declared size is not
// trusted, the bytes read are counted.
func loopUnzip(f *zip.File, budget *loopBudget) ([]byte, error) {
	if f.UncompressedSize64 > uint64(max(budget.left, 0)) {
		return nil, fmt.Errorf("the export is larger than %d MB once unpacked (at %s)", MaxFile>>20, f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s in the zip: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, budget.left+1))
	if err != nil {
		return nil, fmt.Errorf("%s in the zip: %w", f.Name, err)
	}
	return data, budget.take(f.Name, data)
}

// loopHabit is a line of Habits.csv that mapped.
type loopHabit struct {
	origin     string
	task       domain.Task // before validation; Created and ArchivedOn set in emit
	folderName string      // the name as Loop reduces it for its folder
	numerical  bool
	unit       string
	approx     []string
	first      domain.Date
	last       domain.Date // its last check-in, 0 for none
	checkIns   []domain.CheckIn
}

type loopReader struct {
	batch      domain.ImportBatch
	competency string
	today      domain.Date
	habits     []loopHabit
	byPosition map[int]int // Position → index in habits
}

// loopColumns finds a header's columns by name; -1 for a missing one.
func loopColumns(header []string, names ...string) map[string]int {
	cols := make(map[string]int, len(names))
	for _, n := range names {
		cols[n] = -1
	}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF"))
		for _, n := range names {
			if strings.EqualFold(h, n) && cols[n] < 0 {
				cols[n] = i
			}
		}
	}
	return cols
}

// loopField is a record's field in column i, "" when the column or the
// field is missing.
func loopField(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(strings.ToValidUTF8(rec[i], "\uFFFD"))
}

func loopCSV(data []byte) *csv.Reader {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false
	return cr
}

func (r *loopReader) readHabits(data []byte) error {
	cr := loopCSV(data)
	header, err := cr.Read()
	cols := loopColumns(header, "Position", "Name", "Type", "Question", "Description",
		"FrequencyNumerator", "FrequencyDenominator", "Unit", "Archived?")
	if err != nil || cols["Position"] < 0 || cols["Name"] < 0 {
		return errors.New("Habits.csv has no header line (Position,Name,…): is it Loop's export?")
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			r.batch.Skip("Habits.csv line that is not valid CSV")
			continue
		}
		if err != nil {
			return fmt.Errorf("Habits.csv: %w", err)
		}
		r.habit(rec, cols)
	}
}

func (r *loopReader) habit(rec []string, cols map[string]int) {
	posText := loopField(rec, cols["Position"])
	pos, ok := loopNumber(posText)
	if !ok {
		r.batch.Skip("habit with a bad position")
		return
	}
	if _, dup := r.byPosition[pos]; dup {
		r.batch.Skip("habit with the position of another")
		return
	}
	name := loopField(rec, cols["Name"])
	if name == "" {
		r.batch.Skip("habit with an empty name")
		return
	}
	h := loopHabit{
		origin:     loopSource + ":habit:" + posText + ":" + name,
		folderName: loopFolderName(name),
		numerical:  strings.EqualFold(loopField(rec, cols["Type"]), "NUMERICAL"),
		unit:       loopField(rec, cols["Unit"]),
	}
	title := strings.Join(strings.Fields(name), " ") // one line
	if title != name {
		h.approx = append(h.approx, "name of more than one line joined")
	}
	if clipped, cut := clipText(title, domain.MaxTitle); cut {
		title = clipped
		h.approx = append(h.approx, fmt.Sprintf("name over %d characters clipped", domain.MaxTitle))
	}
	notes := paragraphs(loopField(rec, cols["Question"]), loopField(rec, cols["Description"]))
	if clipped, cut := clipText(notes, domain.MaxNote); cut {
		notes = clipped
		h.approx = append(h.approx, fmt.Sprintf("question and description over %d characters clipped", domain.MaxNote))
	}
	repeat, approx := loopSchedule(loopField(rec, cols["FrequencyNumerator"]), loopField(rec, cols["FrequencyDenominator"]))
	if approx != "" {
		h.approx = append(h.approx, approx)
	}
	h.task = domain.Task{
		Title:      title,
		Notes:      notes,
		Competency: r.competency,
		Repeat:     repeat,
		Archived:   strings.EqualFold(loopField(rec, cols["Archived?"]), "true"),
	}
	r.byPosition[pos] = len(r.habits)
	r.habits = append(r.habits, h)
}

// loopNumber reads a count of at most eight digits, which keeps the
// arithmetic far from overflow.
func loopNumber(s string) (int, bool) {
	if s == "" || len(s) > 8 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// loopFolderName is a habit's name as Loop reduces it for its folder.
func loopFolderName(name string) string {
	var b strings.Builder
	for _, c := range name {
		if c == ' ' || c == '.' || c == '_' || c == '-' || unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// loopSchedule maps Loop's frequency, num times in den days, onto a coach
// repeat rule; approx says how it differs, "" when it is the same. coach
// has daily and N a calendar week, so the rest become the nearest N/week.
func loopSchedule(numText, denText string) (repeat, approx string) {
	num, ok1 := loopNumber(numText)
	den, ok2 := loopNumber(denText)
	if !ok1 || !ok2 || num == 0 || den == 0 {
		return "daily", "frequency that cannot be read became daily"
	}
	switch {
	case den == 1:
		return "daily", ""
	case den == 7 && num >= 7:
		if num > 7 {
			return "daily", fmt.Sprintf("%d times in 7 days became daily", num)
		}
		return "daily", ""
	case den == 7:
		return fmt.Sprintf("%d/week", num), ""
	}
	k := min(max(int(math.Round(float64(num)*7/float64(den))), 1), 7)
	repeat = fmt.Sprintf("%d/week", k)
	if k == 7 {
		repeat = "daily"
	}
	return repeat, fmt.Sprintf("%d times in %d days became %s", num, den, repeat)
}

// readFolders matches each folder to its habit by the Position its name
// starts with. Two folders of one position: the one named as Loop names
// it wins, else the first by name.
func (r *loopReader) readFolders(folders []loopFolder) {
	chosen := map[int]int{} // habit index → folder index
	for i, f := range folders {
		h, ok := r.folderHabit(f.name)
		if !ok {
			r.batch.Skip("folder of no habit")
			continue
		}
		prev, seen := chosen[h]
		switch {
		case !seen:
			chosen[h] = i
		case loopFolderRest(f.name) == r.habits[h].folderName && loopFolderRest(folders[prev].name) != r.habits[h].folderName:
			chosen[h] = i
			r.batch.Skip("second folder of one habit")
		default:
			r.batch.Skip("second folder of one habit")
		}
	}
	for h := range r.habits {
		if i, ok := chosen[h]; ok {
			r.readCheckmarks(h, folders[i].checkmarks)
		}
	}
}

func (r *loopReader) folderHabit(name string) (int, bool) {
	digits := name
	if i := strings.IndexFunc(name, func(c rune) bool { return c < '0' || c > '9' }); i >= 0 {
		digits = name[:i]
	}
	pos, ok := loopNumber(digits)
	if !ok {
		return 0, false
	}
	h, ok := r.byPosition[pos]
	return h, ok
}

// loopFolderRest is a folder's name without its position.
func loopFolderRest(name string) string {
	_, rest, _ := strings.Cut(name, " ")
	return rest
}

// readCheckmarks reads a habit's Checkmarks.csv. Its header is optional
// (older exports have none: Date,Value then); the first line of a day
// wins.
func (r *loopReader) readCheckmarks(hi int, data []byte) {
	h := &r.habits[hi]
	cr := loopCSV(data)
	cols := map[string]int{"Date": 0, "Value": 1, "Notes": 2}
	seen := map[domain.Date]bool{}
	for first := true; ; first = false {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.batch.Skip("Checkmarks.csv line that is not valid CSV")
			continue
		}
		if first && strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(rec[0], "\uFEFF")), "Date") {
			cols = loopColumns(rec, "Date", "Value", "Notes")
			continue
		}
		dateText, value := loopField(rec, cols["Date"]), loopField(rec, cols["Value"])
		if dateText == "" || value == "" {
			if len(rec) == 1 && rec[0] == "" {
				continue // csv skips empty lines; a lone "" is one
			}
			r.batch.Skip("checkmark line without a date and a value")
			continue
		}
		date, err := domain.ParseISODate(dateText)
		switch {
		case err != nil:
			r.batch.Skip("checkmark line with a bad date")
			continue
		case date > r.today:
			r.batch.Skip("checkmark line dated after today")
			continue
		case seen[date]:
			r.batch.Skip("second checkmark line of a day (the first wins)")
			continue
		}
		seen[date] = true
		if h.first.IsZero() || date < h.first {
			h.first = date
		}
		r.checkmark(h, date, value, loopField(rec, cols["Notes"]))
	}
}

// checkmark maps one day's value: YES_MANUAL and YES_AUTO are check-ins,
// as is a numerical habit's amount above zero (Loop writes it × 1000).
func (r *loopReader) checkmark(h *loopHabit, date domain.Date, value, note string) {
	amount := ""
	switch value {
	case "YES_MANUAL", "YES_AUTO":
	case "NO":
		r.batch.Skip("NO (not done)")
		return
	case "SKIP":
		r.batch.Skip("SKIP (skipped day)")
		return
	case "UNKNOWN":
		r.batch.Skip("UNKNOWN (nothing recorded)")
		return
	default:
		n, err := strconv.ParseInt(value, 10, 64)
		switch {
		case err != nil || !h.numerical:
			r.batch.Skip("checkmark with a value Loop does not write")
			return
		case n <= 0:
			r.batch.Skip("numerical value of 0")
			return
		}
		amount = loopAmount(n)
		if h.unit != "" {
			amount += " " + h.unit
		}
		amount = " (amount " + amount + ")"
	}
	if over := utf8.RuneCountInString(note) + utf8.RuneCountInString(amount) - domain.MaxNote; over > 0 {
		note, _ = clipText(note, max(utf8.RuneCountInString(note)-over, 0))
		r.batch.Approximate(fmt.Sprintf("note over %d characters clipped", domain.MaxNote))
	}
	c, err := domain.CleanCheckIn(domain.CheckIn{Date: date, Note: strings.TrimSpace(note + amount)})
	if err != nil {
		r.batch.Skip(invalidReason("checkmark line", err))
		return
	}
	if amount != "" {
		r.batch.Approximate("amount kept in the note")
	}
	h.checkIns = append(h.checkIns, c)
	if date > h.last {
		h.last = date
	}
}

// loopAmount is n/1000 written exactly, without trailing zeros.
func loopAmount(n int64) string {
	s := strconv.FormatInt(n/1000, 10)
	if frac := n % 1000; frac != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%03d", frac), "0")
	}
	return s
}

// emit puts the habits and their check-ins, oldest first, into the batch.
func (r *loopReader) emit() {
	for i := range r.habits {
		h := &r.habits[i]
		t := h.task
		created := h.first
		if created.IsZero() {
			created = r.today
		}
		t.Created = created.Time()
		if t.Archived {
			// coach's ArchivedOn is the first day without the habit
			t.ArchivedOn = r.today
			if !h.last.IsZero() && (h.last + 1).InRange() {
				t.ArchivedOn = h.last + 1
			}
		}
		task, err := domain.CleanTask(t)
		if err != nil {
			r.batch.Skip(invalidReason("habit", err))
			for range h.checkIns {
				r.batch.Skip("checkmark of a habit left out")
			}
			continue
		}
		for _, a := range h.approx {
			r.batch.Approximate(a)
		}
		r.batch.Tasks = append(r.batch.Tasks, domain.ImportedTask{Origin: h.origin, Task: task})
		slices.SortFunc(h.checkIns, func(a, b domain.CheckIn) int { return int(a.Date - b.Date) })
		for _, c := range h.checkIns {
			r.batch.CheckIns = append(r.batch.CheckIns, domain.ImportedCheckIn{TaskOrigin: h.origin, CheckIn: c})
		}
	}
}
