package insight

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"coach/content"
	"coach/demo"
	"coach/domain"
	"coach/store"
)

// Ten years of demo data made twice from one seed give the same statistics,
// read back through the store as `coach stats` reads them.
func TestTenYearDemoStatisticsAreReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("writes two ten-year databases")
	}
	today := domain.NewDate(2026, 11, 28)
	report := func() Report {
		ds := demo.Generate(demo.Options{Years: 10, Seed: 42, Today: today, Lang: content.EN, Loc: time.UTC})
		st, err := store.Open(filepath.Join(t.TempDir(), "c.db"))
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Load(ds, false); err != nil {
			t.Fatal(err)
		}
		r, _, err := Load(st, today, content.EN)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	a, b := report(), report()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different statistics")
	}
	if len(a.Tasks) == 0 || len(a.Heat) < 51*7 {
		t.Errorf("a ten-year report with %d habits and %d heat-map days", len(a.Tasks), len(a.Heat))
	}
}
