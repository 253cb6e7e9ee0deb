using Employment.Common.V1;
using Google.Protobuf.Collections;

namespace Employment.Hiring.V1;

public sealed partial class PaymentBatch : IPaymentBatchAnswer
{
    RepeatedField<string> IPaymentBatchAnswer.RecordIds => ClaimIds;
}

public sealed partial class CreatePaymentBatchRequest : ICreatePaymentBatchRequest
{
    RepeatedField<string> ICreatePaymentBatchRequest.RecordIds => ClaimIds;

    string ICreatePaymentBatchRequest.RecordIdsField => "claim_ids";
}

public sealed partial class RecordPaymentRequest : IRecordPaymentRequest
{
    string IRecordPaymentRequest.RecordId => ClaimId;

    GivenPayment? IRecordPaymentRequest.Given => Payment is { } given ? new(given.PaidOn, given.Amount, given.PaymentReference) : null;

    string IRecordPaymentRequest.PaymentFieldPrefix => "payment.";
}
