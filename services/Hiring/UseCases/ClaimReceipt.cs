using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// When the bureau received a claim (R31): the 受理日期 the clerk states, or the day of entry when none is
/// stated. A claim received before the day of entry (a paper application keyed in later, a correction of
/// an earlier claim) carries its 受理回执 number, stored with the clerk who entered it. The received date,
/// not the day of entry, selects the rule of a claim chosen by the day it is made (稳岗返还, R15) and ends
/// the periods counted up to the claim (a start-up's year of normal operation, a traineeship's retention).
/// </summary>
public sealed record ClaimReceipt(DateOnly ReceivedOn, string ReceiptNumber, DateOnly EnteredOn)
{
    public const string DateField = "received_on";
    public const string NumberField = "receipt_number";

    /// <summary>The longest 受理回执 number a clerk types (the contract's bound).</summary>
    private const int NumberMaxLength = 60;

    /// <summary>Received before the day it was entered: the receipt number is its evidence.</summary>
    public bool BackDated => ReceivedOn < EnteredOn;

    /// <summary>The request's receipt, entered on <paramref name="today"/> (China).</summary>
    /// <exception cref="DomainRuleException">An invalid or future date, or a back-dated claim without its receipt number (INVALID_ARGUMENT naming the field, R31).</exception>
    public static ClaimReceipt Of(V1.SubmitClaimRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var number = PlainText.Reference(request.ReceiptNumber, NumberField, NumberMaxLength, "受理回执编号", required: false);
        var received = HireInput.Day(request.ReceivedOn, DateField) ?? today;
        if (received > today)
        {
            throw DomainRuleException.Invalid(DateField,
                $"受理日期（{PersonFacts.Display(received)}）晚于今天（{PersonFacts.Display(today)}）：受理日期是经办机构收到申请的日期，不能是将来的日期（裁定 R31）。");
        }

        if (received < today && number.Length == 0)
        {
            throw DomainRuleException.Invalid(NumberField,
                $"受理日期（{PersonFacts.Display(received)}）早于录入日（{PersonFacts.Display(today)}）：请填写受理回执编号（receipt_number），它与录入的经办人一并记录备查（裁定 R31）。");
        }

        return new ClaimReceipt(received, number, today);
    }
}
