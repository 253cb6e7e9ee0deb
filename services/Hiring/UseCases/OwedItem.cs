using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>An owed item as every leg of the owed-subsidies job writes it: the person, the amount and explanation, the event date and the kind's own item.</summary>
public static class OwedItem
{
    public static V1.OwedSubsidy Of(PersonProfile person, V1.SubsidyKind kind, long amountFen, Explanation explanation, DateOnly eventDate, Action<V1.OwedSubsidy> detail)
    {
        var item = new V1.OwedSubsidy
        {
            Kind = kind,
            PersonId = person.Person.PersonId,
            PersonIdNumber = person.Person.IdNumber,
            NameMasked = IdentityNumbers.NameMasking.Mask(person.Person.Name),
            Amount = new Money { Fen = amountFen },
            Explanation = explanation,
            EventDate = ProtoMapping.ToProto(eventDate),
        };
        detail(item);
        return item;
    }
}
