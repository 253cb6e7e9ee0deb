// "使用我的位置": with JavaScript and the person's consent, a button beside each place list marked
// data-own-point puts the browser's position (rounded to 0.001°, about 100 m) into the list as the
// option "我的位置", written lat,lon as the server reads it. Without JavaScript the lists work alone.
(function () {
  'use strict';
  if (!('geolocation' in navigator)) {
    return;
  }

  document.querySelectorAll('select[data-own-point]').forEach(function (select) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'own-point';
    button.textContent = '使用我的位置';
    select.insertAdjacentElement('afterend', button);
    var status = null;

    button.addEventListener('click', function () {
      // The live region appears only once asked for, so a page that never uses it has none.
      if (!status) {
        status = document.createElement('p');
        status.className = 'hint';
        status.setAttribute('role', 'status');
        button.insertAdjacentElement('afterend', status);
      }

      status.textContent = '正在获取您的位置……';
      navigator.geolocation.getCurrentPosition(function (position) {
        var value = position.coords.latitude.toFixed(3) + ',' + position.coords.longitude.toFixed(3);
        var option = select.querySelector('option[data-own]');
        if (!option) {
          option = document.createElement('option');
          option.setAttribute('data-own', '');
          select.insertBefore(option, select.options[1] || null);
        }

        option.value = value;
        option.textContent = '我的位置（' + value.replace(',', ', ') + '）';
        select.value = value;
        status.textContent = '已选择您的位置。';
      }, function () {
        status.textContent = '无法获取您的位置，请从列表中选择一个地点。';
      }, { maximumAge: 600000, timeout: 15000 });
    });
  });
}());
