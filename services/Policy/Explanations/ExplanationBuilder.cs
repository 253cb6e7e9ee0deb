using System.Globalization;
using Employment.Common.V1;
using Employment.Policy.Model;

namespace Employment.Policy.Explanations;

/// <summary>
/// Records the checks of one decision — rule id, passed or failed, the facts used, the citations of
/// the parameters read — and turns them into the shared <see cref="Explanation"/> message. Text is
/// for counter clerks, in Chinese; rule ids are English.
/// </summary>
public sealed class ExplanationBuilder(DateOnly rulesDate)
{
    private readonly List<Check> _checks = new();
    private bool _undetermined;

    public DateOnly RulesDate { get; } = rulesDate;

    public bool AllPassed => _checks.TrueForAll(c => c.Passed);

    /// <summary>Starts a check; add facts and citations to it, then it is part of the explanation.</summary>
    public CheckBuilder Check(string ruleId, bool passed, string descriptionZh)
    {
        var check = new Check { RuleId = ruleId, Passed = passed, DescriptionZh = descriptionZh };
        _checks.Add(check);
        return new CheckBuilder(check);
    }

    /// <summary>Marks the decision as not decidable (e.g. a fact is missing) rather than failed.</summary>
    public void MarkUndetermined() => _undetermined = true;

    public Explanation Build(string summaryZh)
    {
        var explanation = new Explanation
        {
            Outcome = _undetermined ? Outcome.Undetermined : AllPassed ? Outcome.Passed : Outcome.Failed,
            RulesDate = ProtoMapping.ToProto(RulesDate),
            SummaryZh = summaryZh,
        };
        explanation.Checks.AddRange(_checks);
        return explanation;
    }

    public readonly struct CheckBuilder(Check check)
    {
        public CheckBuilder Fact(string name, string value, string source = "")
        {
            check.FactsUsed.Add(new Fact { Name = name, Value = value, Source = source });
            return this;
        }

        /// <summary>Cites a parameter the check read, and records its value as a fact.</summary>
        public CheckBuilder Uses(ParameterValue parameter)
        {
            check.FactsUsed.Add(new Fact { Name = parameter.Key, NameZh = parameter.NameZh, Value = parameter.Value.Display(), Source = parameter.Source.Display() });
            check.Citations.Add(ProtoMapping.ToProto(parameter));
            return this;
        }

        public CheckBuilder Cites(Citation citation)
        {
            check.Citations.Add(citation);
            return this;
        }

        /// <summary>
        /// For "no policy": cites each value the measure's key has had anywhere, with the region and the
        /// period it was in force as a fact, so the answer names the measure's documents and why none of
        /// them reaches this date and place (R1, R27). A key no document ever set is said to be so.
        /// </summary>
        public CheckBuilder CitesWhereInForce(IReadOnlyList<ParameterValue> values)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Count == 0)
            {
                return Fact("有效期", "政策清单中没有任何地区、任何期间有效的文件");
            }

            foreach (var value in values)
            {
                var from = value.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var until = value.Until is { } last ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "今";
                Fact($"{value.Source.DocumentNumber}{value.Source.Clause}", $"适用地区 {value.Region.Code}，{from} 至 {until}", value.Source.Display());
                check.Citations.Add(ProtoMapping.ToProto(value));
            }

            return this;
        }
    }
}
