using Employment.ServiceDefaults.Validation;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// What a claim stores as a clerk typed it, checked before anything is judged or looked up: every
/// evidence reference (受理回执、证明材料编号), wherever the claim's kind carries it, is plain text with
/// half-width letters and digits (<see cref="PlainText.Reference"/>), and the payment account is an
/// account number (<see cref="StoredFields.Account"/>). Found by walking the request, so a kind added
/// later with an evidence field of its own is checked too.
/// </summary>
public static class ClaimText
{
    /// <summary>The longest evidence reference a clerk types.</summary>
    public const int EvidenceMaxLength = 200;

    private const string EvidenceField = "evidence_reference";

    /// <exception cref="DomainRuleException">A reference or account the registry would refuse (INVALID_ARGUMENT naming the field).</exception>
    public static void Check(V1.SubmitClaimRequest request)
    {
        Account(request);
        Walk(request, "");
    }

    /// <summary>The account as stored.</summary>
    public static string Account(V1.SubmitClaimRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoredFields.Account(request.PaymentAccount, "payment_account", "收款账号");
    }

    private static void Walk(IMessage message, string prefix)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var name = prefix + field.Name;
            if (field.FieldType == FieldType.String && !field.IsRepeated && field.Name == EvidenceField)
            {
                PlainText.Reference((string)field.Accessor.GetValue(message), name, EvidenceMaxLength, "证明材料", required: false);
            }
            else if (field.FieldType == FieldType.Message && field.IsRepeated)
            {
                var items = (System.Collections.IList)field.Accessor.GetValue(message);
                for (var i = 0; i < items.Count; i++)
                {
                    Walk((IMessage)items[i]!, $"{name}[{i}].");
                }
            }
            else if (field.FieldType == FieldType.Message && !field.IsMap && field.Accessor.GetValue(message) is IMessage nested)
            {
                Walk(nested, name + ".");
            }
        }
    }
}
