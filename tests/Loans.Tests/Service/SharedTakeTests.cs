using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Forms;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Loans.Tests.LoanRequestsFor;

namespace Loans.Tests.Service;

/// <summary>
/// 受理 of a loan application through the lifecycle's shared step (SubsidyCases.SubmitApplication): the form of the
/// borrower's kind, its answers keyed by path, taken by the same desk as the typed SubmitApplication; the shared step
/// lets only the callers the typed take lets (a clerk), and a person is refused as the typed take refuses one.
/// </summary>
public sealed class SharedTakeTests(LoansHost host) : IClassFixture<LoansHost>
{
    private async Task<ApplicationAnswers> AnswersAsync(SubmitApplicationRequest typed)
    {
        var forms = await host.Cases.DescribeApplicationFormsAsync(new DescribeApplicationFormsRequest(), new Metadata());
        var form = forms.Forms.Single(f => f.Kind == "BORROWER_KIND_INDIVIDUAL");
        var asked = new ApplicationAnswers { Kind = form.Kind, IdempotencyKey = typed.IdempotencyKey };
        asked.Answers.AddRange(MessageAnswers.Of(form, typed).Given());
        return asked;
    }

    [Fact(Timeout = 60_000)]
    public async Task An_individuals_application_by_path_is_taken_as_the_typed_take_takes_it_and_not_from_a_person_who_is_not_the_borrower()
    {
        var id = await host.RegisterUnemployedPersonAsync("共用受理人");
        var typed = new SubmitApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Borrower = new Borrower { IdNumber = id, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = "individual.subsidised",
            BankCode = Bank,
            RequestedAmount = new Money { Fen = 10 * Wan },
            TermMonths = 24,
            IntendedIssueDate = D(2023, 5, 1),
        };
        var asked = await AnswersAsync(typed);

        var person = await Assert.ThrowsAsync<RpcException>(() => host.Cases.SubmitApplicationAsync(asked, TestCallers.Person("p-" + id)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, person.StatusCode);

        var taken = await host.Cases.SubmitApplicationAsync(asked, TestCallers.Counter());
        var read = await host.Loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.Reference }, TestCallers.Counter());
        Assert.Equal(id[^4..], read.Borrower.IdNumber[^4..]); // read back masked
        Assert.Equal(BorrowerKind.Individual, read.Borrower.Kind);
        Assert.Equal(10 * Wan, read.RequestedAmount.Fen);
        Assert.Equal(read.Eligibility, taken.Judged.Single().Explanation);
        Assert.Equal("已受理", taken.StateZh);
        Assert.NotEmpty(taken.ProgressCode);
    }
}
