package workbook

import (
	"strings"

	"github.com/yjinspect/yjinspect/framework"
	"github.com/yjinspect/yjinspect/internal/xlsx"
	"github.com/yjinspect/yjinspect/judgement"
	"github.com/yjinspect/yjinspect/record"
)

// This file writes the summary sheet's formulas: each key question's
// summary judgement of a case, as judgement.Judge gives it, computed by the
// spreadsheet program from the case's sheet. The summary rules come from
// judgement.SummaryRules, so that each rule is written once; the exclusion
// from the rule of sampling.CheckLookedAfter (TestExclusionFormula keeps the
// two equal).

// The words the summary shows besides Yes, No and N/A.
const (
	// SeeTheTool is shown where a cell the formula reads holds a value the
	// formulas do not read (typed by hand, such as "y" or "none"): the tool
	// reads every value the case record's JSON accepts.
	SeeTheTool = "see the tool"
	// Undecided is shown where no rule applies and no summary is recorded.
	Undecided = "undecided"
	// Excluded is shown for a case excluded from the inspection sample.
	Excluded = "excluded"
)

// summaryRules returns the summary rules (judgement.SummaryRules).
func summaryRules() []judgement.SummaryRule { return judgement.SummaryRules() }

// formulas writes the formulas of one case's row of the summary; at gives
// the row of each key on the case's sheet.
type formulas struct {
	sheet string
	at    map[string]int
}

// cell is the reference of the answer cell of a key.
func (f formulas) cell(key string) string {
	return xlsx.Ref(f.sheet, f.at[key], colAnswer, false)
}

// norm is a cell's value as the formulas compare it: without surrounding
// spaces, in capitals (Excel compares text in any case; LibreOffice may not).
func (f formulas) norm(key string) string { return "UPPER(TRIM(" + f.cell(key) + "))" }

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// is is the condition that a key's cell holds value (a label).
func (f formulas) is(key, value string) string {
	return f.norm(key) + "=" + quote(strings.ToUpper(value))
}

// unread is the condition that a key's cell holds something other than one
// of its drop-down's values: the formulas do not read it.
func (f formulas) unread(key string, list *choice) string {
	parts := []string{f.norm(key) + `<>""`}
	for _, v := range list.values {
		parts = append(parts, f.norm(key)+"<>"+quote(strings.ToUpper(v)))
	}
	return "AND(" + strings.Join(parts, ",") + ")"
}

// exclusionKeys are the cells the exclusion reads.
var exclusionKeys = []struct {
	key  string
	list *choice
}{
	{"I1.1", listAnswer},
	{record.LookedAfterHomeService.Path(), listYesNo},
	{record.LookedAfterResponsibleForAssessment.Path(), listYesNo},
}

// excluded is the condition that the case is excluded from the sample:
// sampling.CheckLookedAfter excludes a case exactly when the child was
// looked after (I1.1 Yes), the inspected service is not the home service
// and it has not been responsible for assessment.
func (f formulas) excluded() string {
	return "AND(" + f.is("I1.1", record.Yes.Label()) + "," +
		f.is(record.LookedAfterHomeService.Path(), record.No.Label()) + "," +
		f.is(record.LookedAfterResponsibleForAssessment.Path(), record.No.Label()) + ")"
}

// exclusionUnread is the condition that a cell the exclusion reads holds a
// value the formulas do not read.
func (f formulas) exclusionUnread() string {
	var parts []string
	for _, k := range exclusionKeys {
		parts = append(parts, f.unread(k.key, k.list))
	}
	return strings.Join(parts, ",")
}

// exclusion is the formula of the summary's "Excluded" column.
func (f formulas) exclusion() string {
	return "IF(OR(" + f.exclusionUnread() + ")," + quote(SeeTheTool) + ",IF(" + f.excluded() + "," + quote(Excluded) + `,""))`
}

// keyQuestion is the formula of a key question's summary judgement, as
// judgement.Judge decides it: excluded cases have none; where the key
// question's summary rule applies (its fact recorded as No) it is Yes;
// otherwise the recorded summary, or undecided. exclusion is the cell of
// the case's exclusion formula, which it reads.
func (f formulas) keyQuestion(kq framework.KeyQuestion, exclusion string) string {
	s := string(kq.Summary)
	unread := []string{exclusion + "=" + quote(SeeTheTool), f.unread(s, listAnswer)}
	decided := "IF(" + f.norm(s) + `="",` + quote(Undecided) + "," +
		"IF(" + f.is(s, record.Yes.Label()) + "," + quote(record.Yes.Label()) + "," +
		"IF(" + f.is(s, record.No.Label()) + "," + quote(record.No.Label()) + "," + quote(record.NotApplicable.Label()) + ")))"
	for _, r := range summaryRules() {
		if r.KeyQuestion != kq.ID {
			continue
		}
		// The rule applies when its fact is recorded as false.
		fact := r.Fact.Path()
		unread = append(unread, f.unread(fact, listYesNo))
		decided = "IF(" + f.is(fact, record.No.Label()) + "," + quote(record.Yes.Label()) + "," + decided + ")"
	}
	return "IF(OR(" + strings.Join(unread, ",") + ")," + quote(SeeTheTool) + "," +
		"IF(" + exclusion + "=" + quote(Excluded) + "," + quote(Excluded) + "," + decided + "))"
}
