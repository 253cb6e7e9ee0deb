using Employment.Common.V1;
using Employment.Hiring.UseCases;
using Employment.Hiring.V1;
using Employment.ServiceDefaults.Protocol;
using Employment.TestInfrastructure;
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

            var wentThrough = StoredTextAssert.AcceptedOrRefusedNamingAField(() =>
            {
                RequestLimits.Check(request);
                ClaimText.Check(request);
                string[] stored =
                [
                    request.TraineeHost.EvidenceReference.Trim(), request.IndividualBusiness.EvidenceReference.Trim(),
                    request.Stabilisation.EvidenceReference.Trim(), ClaimText.Account(request),
                ];
                Array.ForEach(stored, s => StoredTextAssert.Plain(s));
                Assert.All(ClaimText.Account(request), c => Assert.True(char.IsAsciiDigit(c)));
            });
            (accepted, refused) = wentThrough ? (accepted + 1, refused) : (accepted, refused + 1);
        }

        Assert.True(accepted > Rounds / 50, $"{accepted} accepted, {refused} refused");
        Assert.True(refused > Rounds / 20, $"{accepted} accepted, {refused} refused");
    }
}
