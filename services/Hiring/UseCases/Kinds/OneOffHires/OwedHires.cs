using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>The owed-subsidies job's item for a hire <see cref="OwedHireFinder"/> chose: 吸纳 or 扩岗, whichever the judgement paid.</summary>
public static class OwedHires
{
    public static V1.OwedSubsidy Item(PersonProfile person, HireCandidate chosen, HireJudgement judgement) =>
        OwedItem.Of(person, HireKinds.Of(judgement.Kind), judgement.AmountFen, judgement.Explanation, chosen.Contract.Start, item => item.Hire = new V1.HireItem
        {
            PersonId = person.Person.PersonId,
            ContractStart = ProtoMapping.ToProto(chosen.Contract.Start),
            ContractEnd = chosen.ContractEnd is { } last ? ProtoMapping.ToProto(last) : null,
            OpenEnded = chosen.Contract.OpenEnded,
        });
}
