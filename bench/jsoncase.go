package bench

// JSONCase is a case record as a plain Go struct for the JSON libraries
// Decode is compared with (see decode_test.go): the record's keys, the
// enums as their tokens, the answers as a map[string]string and the facts as
// *bool, with no checks at all. A near-boundary value is a bool or a
// boundary's name in a record, so it is an any (true, false or a string).
// jsoncase_easyjson.go is generated from it by easyjson:
//
//	go run github.com/mailru/easyjson/easyjson -all jsoncase.go
type JSONCase struct {
	ID           string            `json:"id"`
	Inspection   string            `json:"inspection"`
	Synthetic    bool              `json:"synthetic"`
	Answers      map[string]string `json:"answers"`
	Inspector    JSONLevels        `json:"inspector"`
	NearBoundary JSONBoundary      `json:"nearBoundary"`
	Factors      struct {
		ChildSafety *bool `json:"childSafety"`
		RiskOfHarm  *bool `json:"riskOfHarm"`
	} `json:"factors"`
	ReviewingRequired struct {
		Desistance  *bool `json:"desistance"`
		ChildSafety *bool `json:"childSafety"`
		RiskOfHarm  *bool `json:"riskOfHarm"`
	} `json:"reviewingRequired"`
	LookedAfter struct {
		HomeService              *bool `json:"homeService"`
		LivedOutsideArea         *bool `json:"livedOutsideArea"`
		ResponsibleForAssessment *bool `json:"responsibleForAssessment"`
	} `json:"lookedAfter"`
	Concerns      []string       `json:"concerns"`
	Deficits      []string       `json:"deficits"`
	RoSHRationale *JSONRationale `json:"roshRationale"`
}

// JSONLevels are the inspector's levels, as tokens.
type JSONLevels struct {
	SafetyAndWellbeing string `json:"safetyAndWellbeing"`
	RiskOfSeriousHarm  string `json:"riskOfSeriousHarm"`
}

// JSONBoundary are the near-boundary facts: true, false or a boundary's
// name.
type JSONBoundary struct {
	SafetyAndWellbeing any `json:"safetyAndWellbeing"`
	RiskOfSeriousHarm  any `json:"riskOfSeriousHarm"`
}

// JSONRationale is the RoSH rationale.
type JSONRationale struct {
	Level          string              `json:"level"`
	CurrentFactors *bool               `json:"currentFactors"`
	Mitigated      *bool               `json:"mitigated"`
	Stable         *bool               `json:"stable"`
	Considerations []JSONConsideration `json:"considerations"`
}

// JSONConsideration is one consideration of the RoSH rationale.
type JSONConsideration struct {
	Type       string `json:"type"`
	Use        string `json:"use"`
	Constraint string `json:"constraint"`
	Note       string `json:"note"`
}
