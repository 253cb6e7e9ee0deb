using System.Globalization;
using Employment.Common.V1;
using Employment.Hiring.UseCases;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Protocol;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Domain;

/// <summary>
/// A fuzz of the text a hiring claim stores as the clerk typed it (every evidence reference, the
/// payment account): the claim is either refused (INVALID_ARGUMENT naming a field) or carries only
/// plain text with half-width letters and digits. Seeded, so a failure repeats.
/// </summary>
public sealed class ClaimTextFuzzTests
{
    private const int Rounds = 3000;

    private static readonly string[] Pieces =
    [
        "焦人社见认", "〔2022〕12号", "（复印件）", "<b>", " ", "\u3000", "\u0000", "\u001b[0m", "\r\n", "\u202E", "\u2067", "\uFEFF",
        "２０２２", "ＡＢ", "6222000000000000001", "6222 0000", "-", "😀", "\uDC00", "\u0085", "No.",
    ];

    // Most fields keep a clean value, so that claims with one bad field are common, not only wholly bad ones.
    private static string RandomText(Random random, string clean) => random.Next(3) != 0 ? clean :
        string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    [Fact]
    public void Every_evidence_reference_and_account_of_a_claim_is_plain_or_the_claim_is_refused_naming_a_field()
    {
        var random = new Random(20261124);
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < Rounds; i++)
        {
            var request = new SubmitClaimRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                Employer = new EmployerKey { CreditCode = "91410802MA0000001X" },
                Kind = SubsidyKind.Traineeship,
                TraineeHost = new TraineeHostEvidence { RecognisedByHrBureau = true, EvidenceReference = RandomText(random, "焦人社见认〔2022〕12号") },
                IndividualBusiness = new IndividualBusinessEvidence { EvidenceReference = RandomText(random, "单位参保登记号 41080200001") },
                Stabilisation = new StabilisationFacts { EvidenceReference = RandomText(random, "社保缴费明细 2024") },
                PaymentAccount = RandomText(random, "6222 0000 0000 0000 001"),
            };

            try
            {
                RequestLimits.Check(request);
                ClaimText.Check(request);
                string[] stored =
                [
                    request.TraineeHost.EvidenceReference.Trim(), request.IndividualBusiness.EvidenceReference.Trim(),
                    request.Stabilisation.EvidenceReference.Trim(), ClaimText.Account(request),
                ];
                foreach (var text in stored)
                {
                    for (var c = 0; c < text.Length; c++)
                    {
                        if (char.IsHighSurrogate(text[c]) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]))
                        {
                            c++;
                            continue;
                        }

                        var category = char.GetUnicodeCategory(text[c]);
                        Assert.False(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate, $"U+{(int)text[c]:X4} stored");
                        Assert.False(text[c] is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A'), $"full-width {text[c]} stored");
                    }
                }

                Assert.All(ClaimText.Account(request), c => Assert.True(char.IsAsciiDigit(c)));
                accepted++;
            }
            catch (DomainRuleException e)
            {
                Assert.Equal(DomainRuleKind.InvalidInput, e.Kind);
                Assert.False(string.IsNullOrEmpty(e.Field));
                refused++;
            }
            catch (RpcException e)
            {
                Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
                Assert.Contains("(field: ", e.Status.Detail, StringComparison.Ordinal);
                refused++;
            }
        }

        Assert.True(accepted > Rounds / 50, $"{accepted} accepted, {refused} refused");
        Assert.True(refused > Rounds / 20, $"{accepted} accepted, {refused} refused");
    }
}
